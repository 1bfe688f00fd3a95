package dev.harmony.engine.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Health history held in memory, for tests and for what-if runs that are not kept. Thread-safe. */
public final class InMemoryHealthHistory implements HealthHistory {
    private final List<HealthRecord> records = new ArrayList<>();

    @Override
    public synchronized void record(String source, String poolId, HealthReport report) {
        records.addAll(HealthHistory.rows(source, poolId, report));
    }

    @Override
    public synchronized List<HealthRecord> list(String source, HealthScope scope, String subject, Instant from, Instant to) {
        return records.stream()
                .filter(r -> r.source().equals(source) && r.scope() == scope && r.subject().equals(subject)
                        && !r.at().isBefore(from) && r.at().isBefore(to))
                .sorted(Comparator.comparing(HealthRecord::at))
                .toList();
    }
}
