package org.recordswatch.request;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recordswatch.account.UserAccount;
import org.recordswatch.platform.mail.MailOwner;
import org.recordswatch.platform.mail.Outbox;
import org.recordswatch.platform.mail.OutgoingMail;
import org.recordswatch.platform.notification.Notifications;
import org.recordswatch.platform.web.Messages;

/**
 * Every morning, tells each campaign's creator which of its requests are overdue or due within
 * {@code rw.reminders.days} days: by e-mail when SMTP is configured and the user has an address, otherwise as an
 * in-app notification on their home page. Runs as background work, not as a user.
 */
@Singleton
public class DeadlineReminders {

    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestRepository repository;

    @Inject
    Outbox outbox;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "rw.reminders.days", defaultValue = "2")
    int days;

    /** A digest for one user: overdue and due-soon requests. */
    public record Digest(long userId, List<RecordsRequest> overdue, List<RecordsRequest> dueSoon) {
    }

    @Schedule(hour = "6", minute = "30", persistent = false)
    void daily() {
        int sent = run(LocalDate.now(clock));
        LOG.info(() -> "Deadline reminders: " + sent + " user(s) reminded");
    }

    /** Sends today's reminders; returns how many users got one. */
    public int run(LocalDate today) {
        Map<Long, Digest> digests = digests(today);
        for (Digest d : digests.values()) {
            UserAccount user = em.find(UserAccount.class, d.userId());
            if (user == null || !user.isEnabled()) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(user.getLocale());
            if (outbox.canSend() && user.getEmail() != null) {
                StringBuilder body = new StringBuilder(Messages.get(locale, "reminder.mail.intro",
                        d.overdue().size(), d.dueSoon().size())).append("\n\n");
                for (RecordsRequest r : d.overdue()) {
                    body.append(Messages.get(locale, "reminder.mail.overdueLine", r.getAgency().getName(),
                            r.getCampaign().getTitle(), r.getNextDueClock(), r.getNextDueOn(), r.daysOverdue(today)))
                            .append('\n');
                }
                for (RecordsRequest r : d.dueSoon()) {
                    body.append(Messages.get(locale, "reminder.mail.dueLine", r.getAgency().getName(),
                            r.getCampaign().getTitle(), r.getNextDueClock(), r.getNextDueOn())).append('\n');
                }
                outbox.queue(new OutgoingMail(List.of(user.getEmail()), null,
                        Messages.get(locale, "reminder.mail.subject", d.overdue().size(), d.dueSoon().size()),
                        body.toString(), List.of()), new MailOwner(null, user.getId(), "system", "user",
                                String.valueOf(user.getId())));
            } else {
                notifications.notify(user.getId(), "reminder.notification",
                        List.of(String.valueOf(d.overdue().size()), String.valueOf(d.dueSoon().size())),
                        "/requests/board.xhtml");
            }
        }
        return digests.size();
    }

    /** Who gets reminded of what today. */
    public Map<Long, Digest> digests(LocalDate today) {
        Map<Long, Digest> byUser = new LinkedHashMap<>();
        for (RecordsRequest r : repository.dueBy(today.plusDays(days))) {
            Long userId = r.getCampaign().getCreatedById();
            if (userId == null) {
                continue;
            }
            Digest d = byUser.computeIfAbsent(userId, id -> new Digest(id, new ArrayList<>(), new ArrayList<>()));
            (r.isOverdue(today) ? d.overdue() : d.dueSoon()).add(r);
        }
        return byUser;
    }
}
