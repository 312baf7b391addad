package org.recordswatch.tagging;

import static org.recordswatch.platform.JsonProviders.JSON;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.CommunicationAccess;
import org.recordswatch.communication.CommunicationAppearance;
import org.recordswatch.communication.CommunicationParty;
import org.recordswatch.communication.CommunicationRepository;
import org.recordswatch.communication.PartyKind;
import org.recordswatch.platform.csv.CsvWriter;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.Role;

/**
 * The communications export of a campaign ({@code communications.csv} with every column of the evaluation formats,
 * plus pages, also_in and a few more; the same rows as JSON): how a communication becomes a row ({@link #row}).
 * {@link #rows} gives a campaign's rows unmasked (tests and in-process checks); the exports users download are the
 * evidence feature's, which builds the same rows and masks personal data by default. Scoped like the explorer.
 */
@Stateless
public class CommunicationExport {

    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    static final String STATE_TO_FEDERAL = "state_to_federal";

    @Inject
    CommunicationAccess access;

    @Inject
    CommunicationRepository communications;

    @Inject
    TagRepository tags;

    @Inject
    AuditTrail audit;

    /** The export rows of a campaign, in sent-time order. */
    @Authorized({Role.ADVOCATE, Role.ANALYST, Role.ADMIN, Role.RECORDS_OFFICER})
    public List<ExportRow> rows(long campaignId) {
        access.campaign(campaignId, "EXPORT");
        Map<Long, List<CommunicationTag>> tagsOf = tags.tagsOfCampaign(campaignId);
        Map<Long, List<ThreadTag>> threadTagsOf = tags.threadTagsOfCampaign(campaignId);
        Map<Long, List<CommunicationParty>> recipientsOf = tags.recipientsOfCampaign(campaignId);
        Map<Long, List<CommunicationAppearance>> appearancesOf = tags.appearancesOfCampaign(campaignId);
        List<ExportRow> rows = new ArrayList<>();
        for (Communication c : communications.all(campaignId)) {
            rows.add(row(c, tagsOf.getOrDefault(c.getId(), List.of()),
                    c.getThread() == null ? List.of() : threadTagsOf.getOrDefault(c.getThread().getId(), List.of()),
                    recipientsOf.getOrDefault(c.getId(), List.of()),
                    appearancesOf.getOrDefault(c.getId(), List.of())));
        }
        audit.record(access.caller().username(), "COMMUNICATIONS_EXPORT", "campaign", String.valueOf(campaignId));
        return rows;
    }

    /** Writes rows as CSV (header row first). */
    public static void writeCsv(List<ExportRow> rows, Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(ExportRow.COLUMNS);
        for (ExportRow r : rows) {
            csv.row(r.cells());
        }
        csv.flush();
    }

    /** Writes rows as a JSON array of objects (lists as arrays); flushes, leaves the writer open. */
    public static void writeJson(List<ExportRow> rows, Writer out) {
        JsonGenerator g = JSON.createGenerator(out);
        g.writeStartArray();
        for (ExportRow r : rows) {
            r.writeJson(g);
        }
        g.writeEnd();
        g.flush();
    }

    public static ExportRow row(Communication c, List<CommunicationTag> tags, List<ThreadTag> threadTags,
            List<CommunicationParty> recipients, List<CommunicationAppearance> appearances) {
        String direction = EffectiveTags.single(tags, TagKind.DIRECTION).orElse("");
        List<String> categories = EffectiveTags.all(tags, TagKind.CATEGORY);
        List<String> disclosed = STATE_TO_FEDERAL.equals(direction) ? categories : List.of();
        OffsetDateTime sent = c.sentAtWithOffset();
        String first = c.getDocumentName();
        List<String> alsoIn = appearances.stream().map(CommunicationAppearance::getDocumentName)
                .filter(n -> !n.equals(first)).distinct().toList();
        return new ExportRow(c.getStableKey(), c.getDocumentName(), c.getLocator(),
                sent == null ? "" : ISO.format(sent), c.getFromName(), c.getFromEmail(),
                EffectiveTags.single(tags, TagKind.SENDER_ORG).orElse(""),
                EffectiveTags.all(tags, TagKind.RECIPIENT_ORG), c.getSubject(),
                c.getThread() == null ? "" : c.getThread().getStableKey(), direction,
                EffectiveTags.single(threadTags, ThreadTagKind.INITIATOR).orElse(""),
                c.getProducingAgency(), EffectiveTags.single(tags, TagKind.LEGAL_BASIS).orElse(""), categories,
                disclosed, c.pages(), alsoIn, c.getChannel().name().toLowerCase(java.util.Locale.ROOT),
                c.getFromPhone(), parties(recipients, PartyKind.TO), parties(recipients, PartyKind.CC),
                EffectiveTags.single(threadTags, ThreadTagKind.OUTCOME).orElse(""),
                EffectiveTags.single(threadTags, ThreadTagKind.COUNTERPART).orElse(""), c.getId());
    }

    private static String parties(List<CommunicationParty> recipients, PartyKind kind) {
        return recipients.stream().filter(p -> p.getKind() == kind).map(CommunicationParty::display)
                .collect(Collectors.joining("; "));
    }

}
