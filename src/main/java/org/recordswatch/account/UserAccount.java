package org.recordswatch.account;

import org.recordswatch.platform.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.recordswatch.agency.Agency;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;

/**
 * A person who logs in. Holds exactly one {@link Role}; a records officer is bound to exactly one agency, advocates
 * and analysts belong to an organization. The password is kept only as a salted PBKDF2 hash.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.findByUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.findAll", query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(name = "UserAccount.countAll", query = "SELECT COUNT(u) FROM UserAccount u")
public class UserAccount {

    /** Supported UI languages. */
    public static final Set<String> LOCALES = Set.of("en", "es");

    static final int LOCK_AFTER_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(5);

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false, length = 8)
    private String locale = "en";

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Instant createdAt) {
        this.username = normaliseUsername(username);
        rename(displayName, email);
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.role = Role.ADVOCATE;
    }

    /** Usernames are case-insensitive: stored lower-case, 2-64 of {@code a-z 0-9 . _ -}. */
    public static String normaliseUsername(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(u).matches()) {
            throw new IllegalArgumentException("A username is 2-64 characters: letters, digits, '.', '_' or '-'");
        }
        return u;
    }

    public void rename(String newDisplayName, String newEmail) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new IllegalArgumentException("A user needs a display name");
        }
        this.displayName = newDisplayName.strip();
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    /**
     * Gives the account its role and affiliation. A records officer needs an agency and no organization; every
     * other role may belong to an organization and never to an agency.
     */
    public void assign(Role newRole, Organization newOrganization, Agency newAgency) {
        Objects.requireNonNull(newRole, "role");
        if (newRole == Role.RECORDS_OFFICER) {
            if (newAgency == null) {
                throw new IllegalArgumentException("A records officer must be bound to an agency");
            }
            this.organization = null;
            this.agency = newAgency;
        } else {
            if (newAgency != null) {
                throw new IllegalArgumentException("Only records officers are bound to an agency");
            }
            if (newRole == Role.ADVOCATE && newOrganization == null) {
                throw new IllegalArgumentException("An advocate must belong to an organization");
            }
            this.organization = newOrganization;
            this.agency = null;
        }
        this.role = newRole;
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "password hash");
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void preferLocale(String newLocale) {
        if (newLocale == null || !LOCALES.contains(newLocale)) {
            throw new IllegalArgumentException("Unsupported language: " + newLocale);
        }
        this.locale = newLocale;
    }

    /** True while repeated failed logins keep the account locked. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= LOCK_AFTER_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    public void recordLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** This account as the caller of a request. */
    public Caller toCaller() {
        Organization org = organization;
        return new Caller(id, username, role, org == null ? null : org.getId(),
                org == null || org.getCoalition() == null ? null : org.getCoalition().getId(),
                agency == null ? null : agency.getId());
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Agency getAgency() {
        return agency;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
