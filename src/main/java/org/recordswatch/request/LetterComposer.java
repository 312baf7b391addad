package org.recordswatch.request;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.Custodian;
import org.recordswatch.law.Law;
import org.recordswatch.platform.mail.OutgoingMail;
import org.recordswatch.platform.web.Messages;

/**
 * Writes the texts that leave the application for an agency: each request's letter from its campaign's template,
 * the letter as PDF, the e-mail that carries it, and follow-up reminders, all in the campaign's letter language.
 */
@Dependent
public class LetterComposer {

    @Inject
    LetterRenderer renderer;

    static Locale locale(Campaign campaign) {
        return Locale.forLanguageTag(campaign.getLetterLanguage());
    }

    /** The subject of an agency's letter. */
    String subject(Campaign campaign, Law law) {
        return Messages.get(locale(campaign), law == null ? "letter.subjectNoLaw" : "letter.subject",
                law == null ? "" : law.getShortName(), campaign.getTitle());
    }

    /** The campaign's template filled in for one agency. */
    String body(Campaign campaign, Agency agency, Law law, LocalDate today) {
        Locale locale = locale(campaign);
        Custodian custodian = agency.getCustodian();
        String statute = law == null ? Messages.get(locale, "letter.publicRecordsLaw") : law.getName();
        String citation = law == null ? "" : law.getCitation();
        String custodianName = custodian.getName() == null ? Messages.get(locale, "letter.custodian")
                : custodian.getName();
        return LetterTemplate.render(campaign.getLetterTemplate(), LetterTemplate.values(statute, citation,
                agency.getName(), custodianName, custodian.getTitle() == null ? "" : custodian.getTitle(),
                campaign.getRequesterName(), campaign.getRequesterEmail(), campaign.getOrganization().getName(),
                campaign.getDateFrom(), campaign.getDateTo(), campaign.getRecordsDescribed(), today,
                campaign.getTitle(), campaign.getLetterLanguage()));
    }

    /** The printable letter of a request. */
    Letter letter(RecordsRequest r, LocalDate date) {
        Campaign c = r.getCampaign();
        Locale locale = locale(c);
        List<String> sender = new ArrayList<>();
        sender.add(c.getRequesterName());
        sender.add(c.getOrganization().getName());
        if (c.getRequesterEmail() != null) {
            sender.add(c.getRequesterEmail());
        }
        Custodian cu = r.getAgency().getCustodian();
        List<String> recipient = new ArrayList<>();
        if (cu.getName() != null) {
            recipient.add(cu.getName() + (cu.getTitle() == null ? "" : ", " + cu.getTitle()));
        } else {
            recipient.add(Messages.get(locale, "letter.custodian"));
        }
        recipient.add(r.getAgency().getName());
        if (cu.getPostalAddress() != null) {
            recipient.addAll(cu.getPostalAddress().lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
        if (cu.getEmail() != null) {
            recipient.add(cu.getEmail());
        }
        String footer = Messages.get(locale, "letter.footer", r.getAgency().getCode().value(), r.getId());
        return new Letter(sender, recipient, LetterTemplate.date(date, c.getLetterLanguage()), r.getLetterSubject(),
                r.getLetterText(), footer);
    }

    byte[] pdf(RecordsRequest r, LocalDate date) {
        return renderer.render(letter(r, date));
    }

    String fileName(RecordsRequest r) {
        return "request-" + r.getId() + "-" + r.getAgency().getCode().value() + ".pdf";
    }

    /** The e-mail that carries a request to the custodian, with the letter attached as PDF. */
    OutgoingMail submission(RecordsRequest r, LocalDate date) {
        Campaign c = r.getCampaign();
        String to = r.getAgency().getCustodian().getEmail();
        String body = r.getLetterText() + "\n\n" + Messages.get(locale(c), "letter.attachedPdf");
        return new OutgoingMail(to == null ? List.of() : List.of(to), c.getRequesterEmail(), r.getLetterSubject(),
                body, List.of(new OutgoingMail.Attachment(fileName(r), renderer.mediaType(), pdf(r, date))));
    }

    /** A follow-up to the custodian about a request that is due or overdue. */
    OutgoingMail reminder(RecordsRequest r, LocalDate today) {
        Campaign c = r.getCampaign();
        Locale locale = locale(c);
        String to = r.getAgency().getCustodian().getEmail();
        String received = LetterTemplate.date(r.getReceivedOn(), c.getLetterLanguage());
        String due = r.getNextDueOn() == null ? "" : LetterTemplate.date(r.getNextDueOn(), c.getLetterLanguage());
        String statute = r.getLaw() == null ? Messages.get(locale, "letter.publicRecordsLaw") : r.getLaw().getName();
        String key = r.getNextDueOn() == null ? "letter.reminder.bodyNoDate"
                : r.isOverdue(today) ? "letter.reminder.bodyOverdue" : "letter.reminder.bodyDue";
        String body = Messages.get(locale, key, r.getAgency().getName(), received, statute, due,
                r.getNextDueClock() == null ? "" : r.getNextDueClock(), c.getRequesterName())
                + "\n\n-----\n" + r.getLetterText();
        return new OutgoingMail(to == null ? List.of() : List.of(to), c.getRequesterEmail(),
                Messages.get(locale, "letter.reminder.subject", r.getLetterSubject()), body, List.of());
    }
}
