package dev.harmony.connectors.lab.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.lab.BundledData;
import dev.harmony.engine.audit.AuditEntry;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.execution.JournalEntry;
import dev.harmony.engine.execution.MoveState;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanCodec;
import dev.harmony.engine.plan.PlanStatus;
import dev.harmony.engine.store.HarmonyStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills the executor's process (SIGKILL, {@link Process#destroyForcibly}) at random points of a 30-move
 * batch against the lab, restarts it each time, and checks that every move was done exactly once (by the
 * lab's own record of completed migrations and by the audit), the plan succeeded and the audit chain
 * verifies. Three kills by default; {@code -Dharmony.crashTest=true} kills 20 times
 * ({@code -Dharmony.crashTest.kills=N} to choose).
 */
class LabCrashTest {
    private static final Logger LOG = LoggerFactory.getLogger(LabCrashTest.class);
    private static final int MOVES = 30;
    /** Trace seconds per wall second: the 30 moves take a few seconds of wall time in all. */
    private static final String SPEED = "15";

    @TempDir
    Path dir;

    @Test
    void killedExecutorRestartedRepeatedlyDoesEveryMoveExactlyOnce() throws Exception {
        boolean full = Boolean.getBoolean("harmony.crashTest");
        int kills = Integer.getInteger("harmony.crashTest.kills", full ? 20 : 3);
        long maxDelayMs = full ? 500 : 1500;
        Path storePath = dir.resolve("store/harmony");
        Path stateFile = dir.resolve("lab-state.json");
        Path planFile = dir.resolve("plan.json");
        MigrationPlan plan;
        try (LabConnector lab = new LabConnector("bitbrains-rnd", BundledData.bitbrains(), LabOptions.defaults())) {
            plan = LabPlans.quickMoves(lab, "crash-30", MOVES, 10);
        }
        new PlanCodec().write(plan, planFile);

        Random random = new Random(Long.getLong("harmony.crashTest.seed", System.nanoTime()));
        int killed = 0;
        int runs = 0;
        String last = "";
        while (killed < kills) {
            runs++;
            Process child = start(storePath, stateFile, planFile);
            BlockingQueue<String> lines = follow(child);
            awaitLine(lines, "RUNNING", 180);
            // The kill lands a few execution events into the run, then a random time later: a random point, but one
            // while moves remain even on a loaded machine, where a run's first seconds do less than on a quiet one.
            int events = 1 + random.nextInt(4);
            long delay = (long) (random.nextDouble() * maxDelayMs / 3);
            StringBuilder seen = new StringBuilder();
            if (!awaitEvents(lines, events, seen, 180) || child.waitFor(delay, TimeUnit.MILLISECONDS)) {
                child.waitFor(60, TimeUnit.SECONDS);
                last = seen + drain(lines);
                LOG.info("run {} ended by itself before its kill ({} events, then {} ms): {}", runs, events, delay, last);
                break;
            }
            child.destroyForcibly().waitFor();
            killed++;
            LOG.info("run {}: killed {} events and {} ms after RUNNING ({} kills)", runs, events, delay, killed);
        }
        if (!last.contains("FINISHED")) {
            runs++;
            Process child = start(storePath, stateFile, planFile);
            BlockingQueue<String> lines = follow(child);
            assertThat(child.waitFor(300, TimeUnit.SECONDS)).as("the last run ends").isTrue();
            last = drain(lines);
            assertThat(child.exitValue()).as(last).isZero();
        }
        assertThat(last).contains("FINISHED SUCCEEDED");
        String summary = verify(plan, storePath, stateFile);
        LOG.info("crash test: {} kills in {} runs; {}", killed, runs, summary);
        System.out.println("CRASH TEST: " + killed + " kills in " + runs + " runs; " + summary);
        assertThat(killed).as("kills before the plan ended (the kill delays are too long if it ended first)").isEqualTo(kills);
    }

    /** Checks the end state; returns counts for the log. */
    private static String verify(MigrationPlan plan, Path storePath, Path stateFile) {
        List<LabStateFile.Migration> completed = LabStateFileTest.completed(stateFile);
        Map<String, Long> completedByVm = completed.stream().collect(Collectors.groupingBy(LabStateFile.Migration::vm, Collectors.counting()));
        assertThat(completed).as("migrations the lab completed").hasSize(MOVES);
        for (Move m : plan.moves()) {
            assertThat(completedByVm.get(m.vm())).as("completed migrations of " + m.vm()).isEqualTo(1L);
            assertThat(completed.stream().filter(c -> c.vm().equals(m.vm())).findFirst().orElseThrow().to()).isEqualTo(m.to());
        }
        try (HarmonyStore harmony = HarmonyStore.openFile(storePath)) {
            ExecutionStore store = ExecutionStore.on(harmony, Clock.systemUTC());
            assertThat(store.plans().find(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.SUCCEEDED);
            assertThat(store.journal().entries(plan.id())).hasSize(MOVES).extracting(JournalEntry::state).containsOnly(MoveState.DONE);
            assertThat(store.audit().verify().intact()).as(store.audit().verify().problem()).isTrue();
            List<AuditEntry> audit = store.audit().entriesForPlan(plan.id());
            long reconciledDone = 0;
            long reissued = 0;
            for (Move m : plan.moves()) {
                String move = "\"move\":\"" + m.id() + "\"";
                List<AuditEntry> mine = audit.stream().filter(e -> e.payload().contains(move)).toList();
                long intents = count(mine, "move-intent", "");
                long results = count(mine, "move-result", "") + count(mine, "move-reconciled", "");
                long done = count(mine, "move-result", "\"outcome\":\"DONE\"") + count(mine, "move-reconciled", "\"outcome\":\"DONE\"");
                assertThat(done).as("audited completions of " + m.id()).isEqualTo(1);
                assertThat(results).as("every intent of " + m.id() + " has its result").isEqualTo(intents);
                reconciledDone += count(mine, "move-reconciled", "\"outcome\":\"DONE\"");
                reissued += intents - 1;
            }
            return MOVES + " moves done once each; " + audit.size() + " audit entries, chain verifies; " + reconciledDone
                    + " moves found done on restart (reconciled, not re-issued); " + reissued
                    + " re-issues of moves whose migration died with the process";
        }
    }

    private static long count(List<AuditEntry> entries, String action, String payloadPart) {
        return entries.stream().filter(e -> e.action().equals(action) && e.payload().contains(payloadPart)).count();
    }

    private static Process start(Path store, Path state, Path plan) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                store.toString(), state.toString(), plan.toString(), SPEED).redirectErrorStream(true).start();
    }

    private static BlockingQueue<String> follow(Process child) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The child was killed; what it printed so far is in the queue.
            }
            lines.add("<eof>");
        }, "crash-child-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static void awaitLine(BlockingQueue<String> lines, String prefix, int seconds) throws InterruptedException {
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.startsWith(prefix)) {
                return;
            }
            if (line.equals("<eof>")) {
                throw new AssertionError("the child ended before " + prefix + ":\n" + seen);
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("no " + prefix + " from the child within " + seconds + " s:\n" + seen);
    }

    /**
     * Waits for {@code n} execution events of the child, keeping what it printed in {@code seen}; false when the
     * child ended first.
     */
    private static boolean awaitEvents(BlockingQueue<String> lines, int n, StringBuilder seen, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int events = 0;
        while (events < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + n + " execution events from the child within " + seconds + " s:\n" + seen);
            }
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals("<eof>")) {
                lines.add(line);
                return false;
            }
            seen.append(line).append('\n');
            if (line.startsWith("EVENT ")) {
                events++;
            }
        }
        return true;
    }

    /** Everything the child printed until it ended. */
    private static String drain(BlockingQueue<String> lines) throws InterruptedException {
        StringBuilder all = new StringBuilder();
        for (String line = lines.poll(30, TimeUnit.SECONDS); line != null && !line.equals("<eof>"); line = lines.poll(30, TimeUnit.SECONDS)) {
            all.append(line).append('\n');
        }
        return all.toString();
    }
}
