package dev.harmony.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.store.HarmonyStore;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hash chain in a real in-memory store: it verifies, and each kind of tampering is found at its first entry. */
class AuditTrailTest {
    private final String name = "audit-" + System.nanoTime();
    private final HarmonyStore harmony = HarmonyStore.inMemory(name);
    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final AuditedTransactions tx;
    private final AuditTrail trail;

    AuditTrailTest() {
        dataSource.setURL("jdbc:h2:mem:" + name);
        dataSource.setUser("sa");
        tx = new AuditedTransactions(dataSource, Clock.systemUTC());
        trail = new JdbcAuditTrail(tx);
        for (int i = 1; i <= 5; i++) {
            int n = i;
            tx.write("append", (c, audit) -> audit.append("alice", AuditAction.MOVE_RESULT, Map.of("plan", "p1", "move", "m" + n)));
        }
    }

    @AfterEach
    void close() {
        harmony.close();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void untouchedChainVerifiesAndEachEntryPointsAtTheOneBefore() {
        AuditVerification v = trail.verify();

        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(trail.entries().get(3).prevHash()).isEqualTo(trail.entries().get(2).hash());
        assertThat(trail.entries().get(0).payload()).isEqualTo("{\"move\":\"m1\",\"plan\":\"p1\"}");
    }

    @Test
    void editedRowIsFoundAtThatEntry() throws Exception {
        sql("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3");

        AuditVerification v = trail.verify();

        assertThat(v.firstBroken()).hasValue(3);
        assertThat(v.problem()).startsWith("entry 3 (move-result by mallory at").endsWith("does not match its hash: its content was changed after it was written");
    }

    @Test
    void rowRewrittenWithAFreshHashBreaksTheLinkOfTheNextEntry() throws Exception {
        sql("UPDATE audit_log SET payload = '{\"move\":\"m9\",\"plan\":\"p1\"}', hash = 'f00d' WHERE seq = 2");

        AuditVerification v = trail.verify();

        assertThat(v.firstBroken()).hasValue(2);
    }

    @Test
    void removedEntryInTheMiddleIsFound() throws Exception {
        sql("DELETE FROM audit_log WHERE seq = 4");

        assertThat(trail.verify().firstBroken()).hasValue(4);
        assertThat(trail.verify().problem()).isEqualTo("entry 4 is missing (the next one is 5)");
    }

    @Test
    void entriesCutFromTheEndAreFoundThroughTheHead() throws Exception {
        sql("DELETE FROM audit_log WHERE seq = 5");

        AuditVerification v = trail.verify();

        assertThat(v.firstBroken()).hasValue(5);
        assertThat(v.problem()).contains("the trail ends at entry 4 but its head records entry 5");
    }

    @Test
    void entriesWrittenLaterContinueTheChain() {
        tx.write("append", (c, audit) -> audit.append("bob", AuditAction.EXECUTION_CANCELLED, Map.of("plan", "p2")));

        assertThat(trail.verify().entries()).isEqualTo(6);
        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.entriesForPlan("p2")).hasSize(1);
    }
}
