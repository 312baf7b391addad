package org.recordswatch.request;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.recordswatch.account.AccountDirectory;
import org.recordswatch.account.UserAccount;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.web.Messages;

/**
 * Serves the calendar feed of a token, for the public feed address (nobody is logged in): it acts for the token's
 * owner only, with exactly the scope the owner has when logged in. Internal: the servlet calls it; pages use
 * {@link CalendarFeedService}.
 */
@Stateless
public class CalendarFeeds {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestRepository repository;

    @Inject
    AccountDirectory accounts;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /**
     * The iCalendar text for a token, or empty for an unknown, revoked or malformed token or a disabled account.
     */
    public Optional<String> feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<CalendarToken> found = em.createNamedQuery("CalendarToken.findByHash", CalendarToken.class)
                .setParameter("hash", CalendarFeedService.sha256(token)).getResultStream().findFirst()
                .filter(CalendarToken::isActive);
        if (found.isEmpty()) {
            audit.denied("anonymous", "CALENDAR_FEED", "calendar_token", "unknown");
            return Optional.empty();
        }
        UserAccount user = em.find(UserAccount.class, found.get().getUserId());
        Optional<Caller> owner = user == null ? Optional.empty() : accounts.activeCaller(user.getUsername());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        found.get().used(clock.instant());
        Locale locale = Locale.forLanguageTag(user.getLocale());
        List<ICalendar.Event> events = new ArrayList<>();
        for (RequestDeadline d : repository.openDeadlines(owner.get(), 2000)) {
            RecordsRequest r = d.getRequest();
            events.add(new ICalendar.Event("deadline-" + d.getId() + "@records-watch",
                    d.getDueOn(), Messages.get(locale, "calendar.summary", r.getAgency().getName(), d.getClockName()),
                    Messages.get(locale, "calendar.description", r.getCampaign().getTitle(),
                            r.getLaw() == null ? "" : r.getLaw().getShortName(), r.getId())));
        }
        return Optional.of(ICalendar.write(Messages.get(locale, "calendar.name"), events, clock.instant()));
    }

}
