package org.recordswatch.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.CommunicationAppearance;
import org.recordswatch.communication.CommunicationParty;
import org.recordswatch.tagging.CommunicationExport;
import org.recordswatch.tagging.CommunicationTag;
import org.recordswatch.tagging.ExportRow;
import org.recordswatch.tagging.ThreadTag;

/**
 * Export rows for a page of communications: the rows of the communications export ({@link CommunicationExport#row},
 * the same columns and the same reading of analyst decisions as {@code scripts/evaluate}'s export), masked as asked.
 */
@ApplicationScoped
public class ExportRows {

    @PersistenceContext
    EntityManager em;

    public List<ExportRow> rows(List<Long> ids, Masking masking) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        List<Communication> comms = new ArrayList<>(em.createQuery(
                "SELECT c FROM Communication c LEFT JOIN FETCH c.thread WHERE c.id IN :ids", Communication.class)
                .setParameter("ids", ids).getResultList());
        comms.sort(Comparator.comparing(c -> order.get(c.getId())));
        Map<Long, List<CommunicationTag>> tags = new HashMap<>();
        for (CommunicationTag t : em.createQuery("SELECT t FROM CommunicationTag t WHERE t.communication.id IN :ids "
                + "ORDER BY t.id", CommunicationTag.class).setParameter("ids", ids).getResultList()) {
            tags.computeIfAbsent(t.getCommunication().getId(), k -> new ArrayList<>()).add(t);
        }
        Map<Long, List<CommunicationParty>> recipients = new HashMap<>();
        for (CommunicationParty p : em.createQuery("SELECT p FROM CommunicationParty p WHERE p.communication.id IN :ids "
                + "ORDER BY p.kind, p.position", CommunicationParty.class).setParameter("ids", ids).getResultList()) {
            recipients.computeIfAbsent(p.getCommunication().getId(), k -> new ArrayList<>()).add(p);
        }
        Map<Long, List<CommunicationAppearance>> appearances = new HashMap<>();
        for (CommunicationAppearance a : em.createQuery("SELECT a FROM CommunicationAppearance a WHERE "
                + "a.communication.id IN :ids ORDER BY a.position", CommunicationAppearance.class)
                .setParameter("ids", ids).getResultList()) {
            appearances.computeIfAbsent(a.getCommunication().getId(), k -> new ArrayList<>()).add(a);
        }
        List<Long> threadIds = comms.stream().filter(c -> c.getThread() != null).map(c -> c.getThread().getId())
                .distinct().toList();
        Map<Long, List<ThreadTag>> threadTags = new HashMap<>();
        if (!threadIds.isEmpty()) {
            for (ThreadTag t : em.createQuery("SELECT t FROM ThreadTag t WHERE t.thread.id IN :ids ORDER BY t.id",
                    ThreadTag.class).setParameter("ids", threadIds).getResultList()) {
                threadTags.computeIfAbsent(t.getThread().getId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<ExportRow> out = new ArrayList<>(comms.size());
        for (Communication c : comms) {
            List<CommunicationParty> parties = recipients.getOrDefault(c.getId(), List.of());
            ExportRow row = CommunicationExport.row(c, tags.getOrDefault(c.getId(), List.of()),
                    c.getThread() == null ? List.of() : threadTags.getOrDefault(c.getThread().getId(), List.of()),
                    parties, appearances.getOrDefault(c.getId(), List.of()));
            out.add(masking.masked() ? mask(row, names(c, parties)) : row);
        }
        return out;
    }

    /** The row with its personal data masked: sender, subject, phone, recipients. Codes and places stay. */
    static ExportRow mask(ExportRow r, List<String> names) {
        Masker m = Masker.get();
        return new ExportRow(r.id(), r.document(), r.locator(), r.sentAt(), m.name(r.fromName()),
                m.email(r.fromEmail()), r.fromOrg(), r.toOrgs(), m.text(r.subject(), names), r.threadId(),
                r.direction(), r.initiatedBy(), r.producingAgency(), r.legalBasis(), r.categories(), r.disclosed(),
                r.pages(), r.alsoIn(), r.channel(), m.phone(r.fromPhone()), m.text(r.to(), names),
                m.text(r.cc(), names), r.threadOutcome(), r.counterpart(), r.communicationId());
    }

    static List<String> names(Communication c, List<CommunicationParty> parties) {
        List<String> names = new ArrayList<>();
        if (c.getFromName() != null) {
            names.add(c.getFromName());
        }
        for (CommunicationParty p : parties) {
            if (p.getName() != null) {
                names.add(p.getName());
            }
        }
        return names;
    }
}
