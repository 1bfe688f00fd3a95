package dev.harmony.app.workstation.export;

import dev.harmony.app.cli.ReportFormat;
import dev.harmony.app.cli.ReportOutputFile;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.report.HtmlReportRenderer;
import dev.harmony.engine.report.PlanReport;
import dev.harmony.engine.report.SimulatedPlanReporter;
import dev.harmony.engine.simulation.ReactivePolicy;
import dev.harmony.engine.simulation.SimulationOptions;
import dev.harmony.engine.simulation.StepSimulator;
import dev.harmony.engine.store.ModelInfo;
import dev.harmony.engine.store.ModelStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;

/**
 * Builds a plan's report as {@code harmony report} does (the plan simulated on the source's last day of
 * demand, its execution from the store, the newest trained model) and writes it whole or not at all.
 */
public final class PlanReportExport {
    static final Duration HISTORY = Duration.ofHours(24);
    private final ExecutionStore execution;
    private final ModelStore models;
    private final String modelName;

    public PlanReportExport(ExecutionStore execution, ModelStore models, String modelName) {
        this.execution = execution;
        this.models = models;
        this.modelName = modelName;
    }

    /** The report of {@code plan} as it stands now. */
    public PlanReport report(Connector connector, MigrationPlan plan) {
        SimulationOptions options = SimulationOptions.defaults().withReactive(ReactivePolicy.off()).withHealthEvery(Duration.ofHours(1));
        return new SimulatedPlanReporter(connector, StepSimulator.standard(options), options, HISTORY, Optional.of(execution), modelLine(),
                Clock.systemUTC()).report(plan);
    }

    /** Writes the report to {@code file}; returns its size in bytes. */
    public long write(PlanReport report, ReportFormat format, Path file) {
        return ReportOutputFile.write(file, format.renderer(), report);
    }

    /** The report as HTML text, for the preview. */
    public String html(PlanReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new HtmlReportRenderer().render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private String modelLine() {
        Optional<ModelInfo> newest = models.versions(modelName).stream().max(Comparator.comparingInt(ModelInfo::version));
        return newest.map(m -> m.name() + " version " + m.version() + " (" + m.kind() + ", stored " + m.createdAt() + "), trained on "
                + m.meta().getOrDefault("source", "?") + "; validation MAE " + m.meta().getOrDefault("validation_mae",
                m.meta().getOrDefault("train_mae", "?"))).orElse("no trained model");
    }
}
