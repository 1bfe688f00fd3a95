package dev.harmony.app.cli;

import dev.harmony.engine.bench.BenchSize;
import dev.harmony.engine.bench.MachineInfo;
import dev.harmony.engine.bench.SuiteResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What {@code harmony bench} prints: as text, or as JSON with schema {@code harmony.bench/1} (docs/benchmarks.md). */
record BenchReport(MachineInfo machine, BenchSize size, int warmup, int repeat, String lab, Map<String, SuiteResult> results) {
    static final String SCHEMA = "harmony.bench/1";
    static final String HEAP_METHOD = "sum of the heap memory pools' peak usage (MemoryPoolMXBean), reset after a GC once the"
            + " input is built, over warm-up and timed runs; an upper bound, ND4J off-heap memory excluded";

    Map<String, Object> json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", machine.cores());
        m.put("memory_mb", machine.memoryMb());
        m.put("max_heap_mb", machine.maxHeapMb());
        m.put("jvm", machine.jvm());
        m.put("os", machine.os());
        m.put("nd4j_backend", machine.nd4jBackend());
        m.put("gpu", machine.gpu());
        m.put("load_average", machine.loadAverage());
        doc.put("machine", m);
        doc.put("size", size.name().toLowerCase(Locale.ROOT));
        doc.put("warmup", warmup);
        doc.put("repeat", repeat);
        doc.put("trace", "lab:" + lab);
        doc.put("heap_method", HEAP_METHOD);
        Map<String, Object> suites = new LinkedHashMap<>();
        results.forEach((name, r) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("min_s", r.min());
            s.put("median_s", r.median());
            s.put("max_s", r.max());
            s.put("heap_mb", r.heapMb());
            s.put("runs_s", r.seconds());
            s.put("items", r.items());
            s.put("unit", r.unit());
            s.put("per_s", r.ratePerSecond());
            s.put("workload", r.workload());
            if (!r.extras().isEmpty()) {
                s.put("extras", new java.util.TreeMap<>(r.extras()));
            }
            suites.put(name, s);
        });
        doc.put("suites", suites);
        doc.put("comparisons", comparisons());
        return doc;
    }

    private Map<String, Object> comparisons() {
        Map<String, Object> c = new LinkedHashMap<>();
        SuiteResult timefold = results.get("planning");
        SuiteResult greedy = results.get("planning-greedy");
        if (timefold != null && greedy != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("timefold_median_s", timefold.median());
            p.put("greedy_median_s", greedy.median());
            p.put("timefold", new java.util.TreeMap<>(timefold.extras()));
            p.put("greedy", new java.util.TreeMap<>(greedy.extras()));
            c.put("planning_timefold_vs_greedy", p);
        } else {
            c.put("planning_timefold_vs_greedy", "not measured: run both planning and planning-greedy");
        }
        c.put("cpu_vs_gpu", "none".equals(machine.gpu()) ? "not measured: no GPU backend (ND4J " + machine.nd4jBackend() + ")"
                : "not measured: run once per backend");
        return c;
    }

    void text(PrintWriter out) {
        out.printf(Locale.ROOT, "Machine: %d cores, %,d MiB memory, max heap %,d MiB, %s, %s%n", machine.cores(), machine.memoryMb(),
                machine.maxHeapMb(), machine.jvm(), machine.os());
        out.printf(Locale.ROOT, "ND4J backend: %s; GPU: %s; load average at start: %.2f%n", machine.nd4jBackend(), machine.gpu(),
                machine.loadAverage());
        out.printf(Locale.ROOT, "Size %s, %d warm-up and %d timed run(s) per suite, inputs resampled from lab:%s%n",
                size.name().toLowerCase(Locale.ROOT), warmup, repeat, lab);
        out.println("Heap: " + HEAP_METHOD);
        out.println();
        out.printf(Locale.ROOT, "%-20s %9s %9s %9s %9s %14s  %s%n", "suite", "min s", "median s", "max s", "heap MiB", "rate", "workload");
        results.forEach((name, r) -> out.printf(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %9.0f %14s  %s%n", name, r.min(), r.median(),
                r.max(), r.heapMb(), String.format(Locale.ROOT, "%,.0f %s/s", r.ratePerSecond(), r.unit()), r.workload()));
        out.println();
        comparisons().forEach((k, v) -> out.println(k + ": " + v));
        out.flush();
    }
}
