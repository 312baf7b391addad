package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordswatch.audit.AuditChain;
import org.recordswatch.audit.AuditTrail;

/** The audit trail is append-only: the database refuses changes, and the hash chain shows any that slipped through. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(AuditTrailIT.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditChain chain;

    @Resource(lookup = "java:app/jdbc/records-watch")
    DataSource dataSource;

    @Test
    void entriesChainOneAfterAnotherEvenWhenWrittenConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                writes.add(pool.submit(() -> audit.record("tester", "VIEW", "communication", "c" + n)));
            }
            for (Future<?> w : writes) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(Optional.empty(), chain.firstBreak());
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditEntries() throws SQLException {
        audit.record("tester", "EXPORT", "campaign", "7");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_entry SET actor = 'someone-else' WHERE actor = 'tester'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> s.executeUpdate("DELETE FROM audit_entry WHERE actor = 'tester'"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        assertEquals(Optional.empty(), chain.firstBreak());
    }
}
