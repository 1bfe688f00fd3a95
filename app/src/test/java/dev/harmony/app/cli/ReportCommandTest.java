package dev.harmony.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanCodec;
import dev.harmony.engine.report.CsvMovesRenderer;
import dev.harmony.engine.report.JsonReportRenderer;
import dev.harmony.engine.store.DataDirectory;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harmony report} in-process, on the shipped example plan against the real bundled lab, each format read back. */
class ReportCommandTest {
    private static final Path EXAMPLE = Path.of("").toAbsolutePath().resolve("../examples/plans/bitbrains-rnd-balance.json").normalize();
    @TempDir
    Path home;
    private AppContext context;
    private MigrationPlan plan;

    @BeforeEach
    void openContext() {
        context = AppContext.forUser(new DataDirectory(home), home.resolve("logs/harmony.log"));
        plan = new PlanCodec().read(EXAMPLE);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private Path report(String format) {
        Path out = home.resolve("report." + format);
        CliRun run = CliRun.run(context, "report", "--plan", EXAMPLE.toString(), "--format", format, "--out", out.toString());
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("wrote the " + format + " report of plan " + plan.id());
        return out;
    }

    @Test
    void pdfReportShowsEveryMoveVmAndTheTotalsAndRendersHeadless() throws Exception {
        Path pdf = report("pdf");

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            for (Move m : plan.moves()) {
                assertThat(text).contains(m.id()).contains(m.vm());
            }
            double gain = plan.moves().stream().mapToDouble(Move::predictedGain).sum();
            assertThat(text).contains("Migration plan " + plan.id()).contains("Total")
                    .contains(String.format(Locale.ROOT, "%.2f", gain)).contains("Predicted pool health").contains("Rollback plan")
                    .contains("no trained model").contains("Not approved or executed");
            BufferedImage page1 = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            assertThat(page1.getWidth()).isGreaterThan(800);
            String shot = System.getProperty("harmony.reportScreenshot");
            ImageIO.write(page1, "png", shot == null ? home.resolve("page1.png").toFile() : Path.of(shot).toFile());
        }
    }

    @Test
    void csvReportHasTheHeaderAndOneRowPerMoveInStartOrder() throws Exception {
        List<List<String>> rows = parseCsv(Files.readString(report("csv"), StandardCharsets.UTF_8));

        assertThat(rows.get(0)).isEqualTo(CsvMovesRenderer.HEADER);
        assertThat(rows).hasSize(plan.moves().size() + 1);
        List<Move> inOrder = plan.movesInOrder();
        for (int i = 0; i < inOrder.size(); i++) {
            assertThat(rows.get(i + 1).get(2)).isEqualTo(inOrder.get(i).id());
            assertThat(rows.get(i + 1).get(12)).isEqualTo(inOrder.get(i).reason());
        }
    }

    @Test
    void jsonReportValidatesAgainstTheShippedSchemaAndPredictsHealthBothWays() throws Exception {
        JsonNode doc = JsonOutput.mapper().readTree(report("json").toFile());
        JsonNode schema;
        try (InputStream in = JsonReportRenderer.class.getResourceAsStream(JsonReportRenderer.SCHEMA_RESOURCE)) {
            schema = JsonOutput.mapper().readTree(in);
        }

        assertThat(new ReportSchemaCheck(schema).problems(doc)).isEmpty();
        assertThat(doc.at("/moves")).hasSize(plan.moves().size());
        assertThat(doc.at("/rollback")).hasSize(plan.moves().size());
        assertThat(doc.at("/rollback/0/undoes").asText()).isEqualTo(plan.movesInOrder().get(plan.moves().size() - 1).id());
        assertThat(doc.at("/health/before/points").size()).isGreaterThan(1);
        assertThat(doc.at("/host_utilisation").size()).isGreaterThan(1);
        assertThat(doc.at("/execution").isNull()).isTrue();
    }

    @Test
    void htmlReportIsSelfContainedWithEveryMoveAndSvgCharts() throws Exception {
        String html = Files.readString(report("html"), StandardCharsets.UTF_8);

        for (Move m : plan.moves()) {
            assertThat(html).contains("<td>" + m.id() + "</td>").contains(m.vm());
        }
        assertThat(html).contains("<svg").contains("<polyline").doesNotContain("<script").doesNotContain("src=\"http")
                .doesNotContain("<link");
    }

    @Test
    void reportOfAnExecutedPlanShowsTheApprovalTheAuditAndDoneMoves() throws Exception {
        CliRun exec = CliRun.run(context, "execute", "--plan", EXAMPLE.toString(), "--approve-by", "alice", "--comment", "board 12");
        assertThat(exec.exitCode).as(exec.err).isZero();

        Path pdf = home.resolve("executed.pdf");
        assertThat(CliRun.run(context, "report", "--plan", EXAMPLE.toString(), "--format", "pdf", "--out", pdf.toString()).exitCode).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Approved by alice").contains("move-result");
            String shot = System.getProperty("harmony.executedReportScreenshot");
            if (shot != null) {
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 2, 80), "png", Path.of(shot).toFile());
            }
        }
        Path out = home.resolve("executed.json");
        CliRun run = CliRun.run(context, "report", "--plan", EXAMPLE.toString(), "--format", "json", "--out", out.toString(), "--json");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(JsonOutput.mapper().readTree(run.out).get("status").asText()).isEqualTo("succeeded");
        JsonNode doc = JsonOutput.mapper().readTree(out.toFile());
        assertThat(doc.at("/execution/approved_by").asText()).isEqualTo("alice");
        assertThat(doc.at("/execution/comment").asText()).isEqualTo("board 12");
        assertThat(doc.at("/execution/audit_intact").asBoolean()).isTrue();
        assertThat(doc.at("/execution/audit").toString()).contains("plan-approved").contains("move-intent");
        assertThat(doc.at("/moves")).allSatisfy(m -> assertThat(m.get("state").asText()).isEqualTo("done"));
    }

    @Test
    void planPrintedByHarmonyPlanIsReportedFromStandardInput() throws Exception {
        CliRun planned = CliRun.run(context, "plan", "--source", "lab:bitbrains-rnd", "--max-moves", "4", "--time-limit", "20", "--json");
        assertThat(planned.exitCode).as(planned.err).isZero();
        MigrationPlan piped = new PlanCodec().read(planned.out, "harmony plan output");

        Path out = home.resolve("piped.csv");
        InputStream stdin = System.in;
        CliRun run;
        try {
            System.setIn(new java.io.ByteArrayInputStream(planned.out.getBytes(StandardCharsets.UTF_8)));
            run = CliRun.run(context, "report", "--plan", "-", "--format", "csv", "--out", out.toString());
        } finally {
            System.setIn(stdin);
        }

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(parseCsv(Files.readString(out, StandardCharsets.UTF_8))).hasSize(piped.moves().size() + 1);
    }

    @Test
    void namedTrainedModelIsReportedWithItsVersionAndMeasuredQuality() throws Exception {
        context.store().models().save("gnn-test", TrainCommand.KIND, java.util.Map.of("source", "lab:bitbrains-rnd", "train_days", "1-15",
                "train_mae", "0.061", "train_spearman", "0.72", "train_pairs", "7140"), new byte[] {1, 2, 3});
        Path out = home.resolve("model.json");

        CliRun run = CliRun.run(context, "report", "--plan", EXAMPLE.toString(), "--format", "json", "--out", out.toString(),
                "--model", "gnn-test");
        CliRun unknown = CliRun.run(context, "report", "--plan", EXAMPLE.toString(), "--format", "json", "--out", out.toString(),
                "--model", "nope");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(JsonOutput.mapper().readTree(out.toFile()).get("model").asText()).startsWith("gnn-test version 1")
                .contains("days 1-15").contains("MAE 0.061").contains("Spearman 0.72");
        assertThat(unknown.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err).contains("--model nope: no trained model is stored under that name");
    }

    @Test
    void badPlanFileIsRefusedWithItsLineAndExitCode3() throws Exception {
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, Files.readString(EXAMPLE).replace("\"risk\" : \"low\"", "\"risk\" : \"tiny\""));

        CliRun run = CliRun.run(context, "report", "--plan", bad.toString(), "--format", "pdf", "--out", home.resolve("r.pdf").toString());

        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("bad.json").containsPattern("line \\d+").contains("risk");
        assertThat(home.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void unwritableOutputIsNamedAndNothingIsLeftBehind() throws Exception {
        Path missing = home.resolve("no-such-folder/report.pdf");
        CliRun run = CliRun.run(context, "report", "--plan", EXAMPLE.toString(), "--format", "pdf", "--out", missing.toString());

        assertThat(run.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("cannot write the report to " + missing).contains("does not exist");
        CliRun folder = CliRun.run(context, "report", "--plan", EXAMPLE.toString(), "--format", "csv", "--out", home.toString());
        assertThat(folder.exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(folder.err).contains("it is a folder");
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void unknownFormatIsAUsageErrorThatNamesTheFormats() {
        CliRun run = CliRun.run(context, "report", "--plan", EXAMPLE.toString(), "--format", "docx", "--out", home.resolve("r").toString());

        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("use pdf, html, csv or json");
    }

    /** RFC 4180: fields split at commas outside quotes, doubled quotes inside, records end with CRLF. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
