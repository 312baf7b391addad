package org.recordswatch.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    private static AuditEntry entry(long id, String prev, String actor) {
        return new AuditEntry(id, T.plusSeconds(id), actor, "VIEW", "communication", "c" + id,
                AuditEntry.Outcome.OK, "127.0.0.1", prev);
    }

    @Test
    void anIntactChainVerifies() {
        AuditChain.Verifier v = new AuditChain.Verifier();
        AuditEntry a = entry(1, AuditChain.GENESIS, "ana");
        AuditEntry b = entry(2, a.getEntryHash(), "ben");
        assertEquals(Optional.empty(), v.next(a));
        assertEquals(Optional.empty(), v.next(b));
    }

    @Test
    void anAlteredFieldIsDetected() throws Exception {
        AuditEntry a = entry(1, AuditChain.GENESIS, "ana");
        Field actor = AuditEntry.class.getDeclaredField("actor");
        actor.setAccessible(true);
        actor.set(a, "mallory");
        assertEquals(Optional.of("entry 1 was altered"), new AuditChain.Verifier().next(a));
    }

    @Test
    void aMissingEntryIsDetected() {
        AuditChain.Verifier v = new AuditChain.Verifier();
        AuditEntry a = entry(1, AuditChain.GENESIS, "ana");
        AuditEntry b = entry(2, a.getEntryHash(), "ben");
        AuditEntry c = entry(3, b.getEntryHash(), "cy");
        v.next(a);
        assertEquals(Optional.of("entry 2 is missing"), v.next(c));
    }

    @Test
    void anInsertedEntryWithAForeignPredecessorIsDetected() {
        AuditChain.Verifier v = new AuditChain.Verifier();
        AuditEntry a = entry(1, AuditChain.GENESIS, "ana");
        AuditEntry forged = entry(2, "f".repeat(64), "intruder");
        v.next(a);
        assertEquals(Optional.of("entry 2 does not follow entry 1"), v.next(forged));
    }
}
