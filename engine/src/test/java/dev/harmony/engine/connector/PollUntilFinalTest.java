package dev.harmony.engine.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backoff wait the vCenter and OpenStack migration tasks share. */
class PollUntilFinalTest {

    @Test
    void returnsTheFirstFinalStatusAndStopsReading() throws InterruptedException {
        List<TaskState> script = new ArrayList<>(List.of(TaskState.QUEUED, TaskState.RUNNING, TaskState.SUCCEEDED, TaskState.FAILED));
        int[] reads = {0};
        TaskStatus end = MigrationTask.pollUntilFinal(() -> {
            reads[0]++;
            return new TaskStatus(script.remove(0), 0.5, "", Instant.EPOCH);
        }, Duration.ofSeconds(10), Duration.ofMillis(1), Duration.ofMillis(4));

        assertThat(end.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(reads[0]).isEqualTo(3);
    }

    @Test
    void givesBackTheRunningStatusWhenTheTimeoutPasses() throws InterruptedException {
        long began = System.nanoTime();
        TaskStatus end = MigrationTask.pollUntilFinal(() -> new TaskStatus(TaskState.RUNNING, 0.1, "copying", Instant.EPOCH),
                Duration.ofMillis(60), Duration.ofMillis(5), Duration.ofMillis(20));

        assertThat(end.state()).isEqualTo(TaskState.RUNNING);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
    }
}
