package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordswatch.account.AccountDirectory;
import org.recordswatch.account.AccountService;
import org.recordswatch.account.AccountService.AccountForm;
import org.recordswatch.account.AccountService.InvalidAccountException;
import org.recordswatch.account.LoginAttempts;
import org.recordswatch.account.Organization;
import org.recordswatch.account.UserAccount;
import org.recordswatch.agency.AgencyRepository;
import org.recordswatch.platform.AccessDeniedException;
import org.recordswatch.platform.security.Role;

@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(AccountServiceIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    AccountDirectory directory;

    @Inject
    LoginAttempts logins;

    @Inject
    AgencyRepository agencies;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void reset() {
        TestCallers.reset();
    }

    private void actAsAdmin() {
        UserAccount admin = directory.findByUsername("admin").orElseThrow();
        TestCallers.actAs(admin.toCaller());
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void firstStartCreatedTheAdministratorFromAdminPassword() {
        UserAccount admin = directory.findByUsername("admin").orElseThrow();
        assertEquals(Role.ADMIN, admin.getRole());
        assertTrue(logins.check("admin", System.getenv("ADMIN_PASSWORD").toCharArray()).isPresent());
    }

    @Test
    void passwordsAreStoredAsPbkdf2WithSixHundredThousandIterations() {
        actAsAdmin();
        Organization org = accounts.createOrganization(unique("Org "), null);
        String username = unique("adv");
        accounts.create(new AccountForm(username, "Ana Advocate", null, Role.ADVOCATE, org.getId(), null),
                "correct horse battery".toCharArray());
        String hash = directory.findByUsername(username).orElseThrow().getPasswordHash();
        String[] parts = hash.split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000, hash);
        assertFalse(hash.contains("correct horse"));
    }

    @Test
    void onlyAdministratorsCreateAccounts() {
        actAsAdmin();
        Organization org = accounts.createOrganization(unique("Org "), null);
        String username = unique("adv");
        UserAccount advocate = accounts.create(
                new AccountForm(username, "Ana", null, Role.ADVOCATE, org.getId(), null),
                "a long enough passphrase".toCharArray());
        TestCallers.actAs(advocate.toCaller());
        assertThrows(AccessDeniedException.class, () -> accounts.create(
                new AccountForm(unique("x"), "X", null, Role.ADMIN, null, null), "another long passphrase".toCharArray()));
    }

    @Test
    void anonymousCallersPassNoServiceMethod() {
        TestCallers.reset();
        assertThrows(AccessDeniedException.class, () -> accounts.organizations());
    }

    @Test
    void aRecordsOfficerIsBoundToExactlyOneAgency() {
        actAsAdmin();
        long mvd = agencies.findByCode("nm_mvd").orElseThrow().getId();
        String username = unique("officer");
        UserAccount officer = accounts.create(new AccountForm(username, "Olga Officer", null,
                Role.RECORDS_OFFICER, null, mvd), "officer passphrase 2019".toCharArray());
        assertEquals("nm_mvd", officer.getAgency().getCode().value());
        assertEquals(null, officer.getOrganization());
        InvalidAccountException missing = assertThrows(InvalidAccountException.class, () -> accounts.create(
                new AccountForm(unique("officer"), "No Agency", null, Role.RECORDS_OFFICER, null, null),
                "officer passphrase 2019".toCharArray()));
        assertEquals("account.officerNeedsAgency", missing.messageKey());
    }

    @Test
    void weakPasswordsAreRefused() {
        actAsAdmin();
        InvalidAccountException shortOne = assertThrows(InvalidAccountException.class, () -> accounts.create(
                new AccountForm(unique("u"), "U", null, Role.ANALYST, null, null), "short".toCharArray()));
        assertEquals("password.tooShort", shortOne.messageKey());
        InvalidAccountException common = assertThrows(InvalidAccountException.class, () -> accounts.create(
                new AccountForm(unique("u"), "U", null, Role.ANALYST, null, null), "password1234".toCharArray()));
        assertEquals("password.tooCommon", common.messageKey());
    }

    @Test
    void aDisabledAccountCanNoLongerLogInNorActAsACaller() {
        actAsAdmin();
        String username = unique("analyst");
        UserAccount analyst = accounts.create(new AccountForm(username, "Ada Analyst", null, Role.ANALYST, null, null),
                "analyst passphrase 2020".toCharArray());
        assertTrue(directory.activeCaller(username).isPresent());
        accounts.disable(analyst.getId());
        assertTrue(directory.activeCaller(username).isEmpty(), "a disabled account's session must end");
        assertTrue(logins.check(username, "analyst passphrase 2020".toCharArray()).isEmpty());
        accounts.enable(analyst.getId());
        assertTrue(logins.check(username, "analyst passphrase 2020".toCharArray()).isPresent());
    }

    @Test
    void fiveFailedLoginsLockTheAccount() {
        actAsAdmin();
        String username = unique("locked");
        accounts.create(new AccountForm(username, "L", null, Role.ANALYST, null, null),
                "the right passphrase".toCharArray());
        for (int i = 0; i < 5; i++) {
            assertTrue(logins.check(username, "wrong passphrase!!".toCharArray()).isEmpty());
        }
        assertTrue(logins.check(username, "the right passphrase".toCharArray()).isEmpty(),
                "the right password must not open a locked account");
    }

    @Test
    void accountChangesAreAudited() {
        actAsAdmin();
        String username = unique("audited");
        accounts.create(new AccountForm(username, "A", null, Role.ANALYST, null, null),
                "audited passphrase!".toCharArray());
        List<?> rows = em.createNativeQuery(
                "SELECT actor FROM audit_entry WHERE action = 'USER_CREATE' AND target_id = ?")
                .setParameter(1, username).getResultList();
        assertEquals(List.of("admin"), rows);
    }
}
