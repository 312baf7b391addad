package org.recordswatch.account;

import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Role;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.recordswatch.agency.Agency;
import org.recordswatch.audit.AuditTrail;

/**
 * Account administration (admins) and self-service (any logged-in user). Every change evicts the account from the
 * {@link AccountDirectory} cache, so that it takes effect on the user's next request, and is audited.
 */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountDirectory directory;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What an admin fills in to create or change an account. */
    public record AccountForm(String username, String displayName, String email, Role role, Long organizationId,
            Long agencyId) {
    }

    /** A refused password or form, with the message-bundle key that explains why. */
    public static class InvalidAccountException extends BusinessException {
        private static final long serialVersionUID = 1L;

        public InvalidAccountException(String messageKey) {
            super(messageKey);
        }
    }

    @Authorized(Role.ADMIN)
    public UserAccount create(AccountForm form, char[] password) {
        String username;
        try {
            username = UserAccount.normaliseUsername(form.username());
        } catch (IllegalArgumentException e) {
            throw new InvalidAccountException("account.usernameInvalid");
        }
        if (directory.findByUsername(username).isPresent()) {
            throw new InvalidAccountException("account.usernameTaken");
        }
        PasswordPolicy.violation(username, password).ifPresent(key -> {
            throw new InvalidAccountException(key);
        });
        UserAccount user = new UserAccount(username, form.displayName(), form.email(), hasher.hash(password),
                clock.instant());
        assign(user, form);
        em.persist(user);
        em.flush();
        audit.record(callers.current().username(), "USER_CREATE", "user", username);
        return user;
    }

    @Authorized(Role.ADMIN)
    public UserAccount update(long userId, AccountForm form) {
        UserAccount user = get(userId);
        user.rename(form.displayName(), form.email());
        assign(user, form);
        directory.evict(user.getUsername());
        audit.record(callers.current().username(), "USER_UPDATE", "user", user.getUsername());
        return user;
    }

    private void assign(UserAccount user, AccountForm form) {
        Organization org = form.organizationId() == null ? null : em.find(Organization.class, form.organizationId());
        Agency agency = form.role() == Role.RECORDS_OFFICER && form.agencyId() != null
                ? em.find(Agency.class, form.agencyId()) : null;
        try {
            user.assign(form.role(), form.role() == Role.RECORDS_OFFICER ? null : org, agency);
        } catch (IllegalArgumentException e) {
            throw new InvalidAccountException(form.role() == Role.RECORDS_OFFICER
                    ? "account.officerNeedsAgency" : "account.advocateNeedsOrganization");
        }
    }

    @Authorized(Role.ADMIN)
    public void disable(long userId) {
        UserAccount user = get(userId);
        if (user.getId().equals(callers.current().userId())) {
            throw new InvalidAccountException("account.cannotDisableSelf");
        }
        user.disable();
        directory.evict(user.getUsername());
        audit.record(callers.current().username(), "USER_DISABLE", "user", user.getUsername());
    }

    @Authorized(Role.ADMIN)
    public void enable(long userId) {
        UserAccount user = get(userId);
        user.enable();
        directory.evict(user.getUsername());
        audit.record(callers.current().username(), "USER_ENABLE", "user", user.getUsername());
    }

    @Authorized(Role.ADMIN)
    public void resetPassword(long userId, char[] password) {
        UserAccount user = get(userId);
        PasswordPolicy.violation(user.getUsername(), password).ifPresent(key -> {
            throw new InvalidAccountException(key);
        });
        user.changePassword(hasher.hash(password));
        audit.record(callers.current().username(), "USER_PASSWORD_RESET", "user", user.getUsername());
    }

    @Authorized(Role.ADMIN)
    public List<UserAccount> page(int first, int size) {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Authorized(Role.ADMIN)
    public long count() {
        return em.createNamedQuery("UserAccount.countAll", Long.class).getSingleResult();
    }

    @Authorized(Role.ADMIN)
    public UserAccount get(long userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null) {
            throw new NotFoundException("user", userId);
        }
        return user;
    }

    @Authorized(Role.ADMIN)
    public Organization createOrganization(String name, String coalitionName) {
        if (name == null || name.isBlank()) {
            throw new InvalidAccountException("organization.nameRequired");
        }
        if (!em.createNamedQuery("Organization.findByName", Organization.class).setParameter("name", name.strip())
                .getResultList().isEmpty()) {
            throw new InvalidAccountException("organization.nameTaken");
        }
        Coalition coalition = null;
        if (coalitionName != null && !coalitionName.isBlank()) {
            coalition = em.createQuery("SELECT c FROM Coalition c WHERE c.name = :name", Coalition.class)
                    .setParameter("name", coalitionName.strip()).getResultStream().findFirst()
                    .orElseGet(() -> {
                        Coalition c = new Coalition(coalitionName);
                        em.persist(c);
                        return c;
                    });
        }
        Organization org = new Organization(name, coalition);
        em.persist(org);
        em.flush();
        audit.record(callers.current().username(), "ORGANIZATION_CREATE", "organization", String.valueOf(org.getId()));
        return org;
    }

    @Authorized
    public List<Organization> organizations() {
        return em.createNamedQuery("Organization.findAll", Organization.class).getResultList();
    }

    /** The caller's own account. */
    @Authorized
    public UserAccount me() {
        return get(callers.current().userId(), true);
    }

    @Authorized
    public void changeMyLocale(String locale) {
        UserAccount user = get(callers.current().userId(), true);
        user.preferLocale(locale);
    }

    @Authorized
    public void changeMyPassword(char[] current, char[] replacement) {
        UserAccount user = get(callers.current().userId(), true);
        if (!hasher.verify(current, user.getPasswordHash())) {
            throw new InvalidAccountException("password.currentWrong");
        }
        PasswordPolicy.violation(user.getUsername(), replacement).ifPresent(key -> {
            throw new InvalidAccountException(key);
        });
        user.changePassword(hasher.hash(replacement));
        audit.record(user.getUsername(), "PASSWORD_CHANGE", "user", user.getUsername());
    }

    private UserAccount get(Long userId, boolean self) {
        UserAccount user = userId == null ? null : em.find(UserAccount.class, userId);
        if (user == null) {
            throw new NotFoundException("user", self ? "me" : userId);
        }
        return user;
    }
}
