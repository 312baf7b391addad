package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordswatch.account.AccountDirectory;
import org.recordswatch.audit.AuditEntry;
import org.recordswatch.audit.AuditFilter;
import org.recordswatch.audit.AuditLogService;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.platform.AccessDeniedException;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;

/**
 * Past audit entries cannot be changed unnoticed: even someone who drops the database's append-only trigger and edits
 * a row is caught by the hash chain; the admin reading service filters and is closed to other roles.
 */
@ExtendWith(ArquillianExtension.class)
class AuditImmutabilityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(AuditImmutabilityIT.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditLogService log;

    @Inject
    AccountDirectory directory;

    @Resource(lookup = "java:app/jdbc/records-watch")
    DataSource dataSource;

    @AfterEach
    void reset() {
        TestCallers.reset();
    }

    @Test
    void anEntryAlteredBehindTheTriggersBackIsCaughtByTheHashChain() throws SQLException {
        String actor = "tamper-" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(actor, "VIEW_COMMUNICATION", "communication", "4242");
        TestCallers.actAs(admin());
        assertEquals(Optional.empty(), log.verify());
        long id;
        try (Connection c = dataSource.getConnection();
                PreparedStatement find = c.prepareStatement("SELECT id FROM audit_entry WHERE actor = ?")) {
            find.setString(1, actor);
            try (ResultSet rs = find.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_entry_no_update");
            try {
                s.executeUpdate("UPDATE audit_entry SET target_id = '9999' WHERE id = " + id);
                assertEquals(Optional.of("entry " + id + " was altered"), log.verify());
            } finally {
                s.executeUpdate("UPDATE audit_entry SET target_id = '4242' WHERE id = " + id);
                s.execute("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW "
                        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'");
            }
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_entry SET actor = 'x' WHERE id = " + id));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertEquals(Optional.empty(), log.verify());
    }

    @Test
    void theAdminReadsTheTrailFilteredAndNewestFirst() {
        String actor = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(actor, "VIEW_COMMUNICATION", "communication", "1");
        audit.record(actor, "EXPORT_CSV", "search", "campaign 3");
        audit.denied(actor, "VIEW_DOCUMENT", "document", "2");
        TestCallers.actAs(admin());
        AuditFilter byActor = new AuditFilter(actor, null, null, null, null, null, null);
        List<AuditEntry> entries = log.entries(byActor, 0, 10);
        assertEquals(List.of("VIEW_DOCUMENT", "EXPORT_CSV", "VIEW_COMMUNICATION"),
                entries.stream().map(AuditEntry::getAction).toList());
        assertEquals(1, log.count(new AuditFilter(actor, null, null, null, "DENIED", null, null)));
        assertEquals(1, log.count(new AuditFilter(actor, "EXPORT_CSV", "search", null, null, null, null)));
    }

    @Test
    void nobodyButAnAdministratorReadsTheTrail() {
        TestCallers.actAs(new Caller(999_999L, "some-analyst", Role.ANALYST, null, null, null));
        assertThrows(AccessDeniedException.class, () -> log.entries(AuditFilter.none(), 0, 10));
        assertThrows(AccessDeniedException.class, () -> log.verify());
    }

    private Caller admin() {
        return directory.findByUsername("admin").orElseThrow().toCaller();
    }
}
