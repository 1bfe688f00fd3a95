package dev.harmony.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plan files: round trip, and refusals that name the line and the field. */
class PlanCodecTest {
    private final PlanCodec codec = new PlanCodec();

    static final String GOOD = """
            {
              "schema_version": 1,
              "id": "p1",
              "source": "lab:bitbrains-rnd",
              "created_at": "2013-07-07T22:00:00Z",
              "health_before": 61.5,
              "health_after": 68.0,
              "notes": ["hand-made"],
              "batches": [
                {"id": "b1", "order": 1, "max_concurrent_per_host": 2, "max_moves": 5,
                 "window": {"start": "2013-07-07T22:00:00Z", "end": "2013-07-08T02:00:00Z"}},
                {"id": "b2", "order": 2, "max_concurrent_per_host": 1, "max_moves": 5}
              ],
              "moves": [
                {"id": "m1", "vm": "vm-1", "from": "host-01", "to": "host-02", "reason": "relieve host-01",
                 "predicted_gain": 1.5, "cost": 12.5, "risk": "low", "batch": "b1", "order": 1},
                {"id": "m2", "vm": "vm-2", "from": "host-03", "to": "host-04",
                 "predicted_gain": 0.5, "cost": 3, "risk": "MEDIUM", "batch": "b2", "order": 2}
              ]
            }
            """;

    @Test
    void planSurvivesAWriteReadRoundTrip() {
        MigrationPlan plan = codec.read(GOOD, "good.json");

        assertThat(plan.moves()).hasSize(2);
        assertThat(plan.move("m2").orElseThrow().risk()).isEqualTo(Risk.MEDIUM);
        assertThat(plan.move("m2").orElseThrow().reason()).isEmpty();
        assertThat(plan.batch("b1").orElseThrow().window().end()).isEqualTo(Instant.parse("2013-07-08T02:00:00Z"));
        assertThat(plan.batch("b2").orElseThrow().window()).isNull();
        assertThat(codec.read(codec.write(plan), "again.json")).isEqualTo(plan);
        assertThat(codec.write(plan)).contains("\"predicted_gain\" : 1.5").contains("\"risk\" : \"medium\"");
    }

    @Test
    void unknownFieldIsNamedWithItsLine() {
        String typo = GOOD.replace("\"predicted_gain\": 0.5", "\"predicted_gian\": 0.5");

        assertThatThrownBy(() -> codec.read(typo, "typo.json"))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageStartingWith("typo.json: line 18, column ")
                .hasMessageContaining("(/moves/1/predicted_gian): unknown field 'predicted_gian' in a move"
                        + " (did you mean 'predicted_gain'?); allowed: id, vm, from, to, reason, predicted_gain");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        String missing = GOOD.replace("\"cost\": 3, ", "");

        assertThatThrownBy(() -> codec.read(missing, "m.json"))
                .hasMessageContaining("line 17").hasMessageContaining("(/moves/1): required field 'cost' of a move is missing");
    }

    @Test
    void brokenPlanRuleNamesTheFieldAndLine() {
        String badBatch = GOOD.replace("\"batch\": \"b2\"", "\"batch\": \"b9\"");

        PlanFormatException e = catchFormat(badBatch);
        assertThat(e.pointer()).isEqualTo("/moves/1/batch");
        assertThat(e.line()).isEqualTo(18);
        assertThat(e.problem()).isEqualTo("plan p1: move m2 names batch 'b9', which the plan does not have (batches: b1, b2)");
    }

    @Test
    void moveToItsOwnHostIsRefusedAtTheMovesTarget() {
        PlanFormatException e = catchFormat(GOOD.replace("\"to\": \"host-02\"", "\"to\": \"host-01\""));

        assertThat(e.pointer()).isEqualTo("/moves/0/to");
        assertThat(e.problem()).isEqualTo("move m1: from and to are the same host 'host-01'");
        assertThat(e.line()).isEqualTo(15);
    }

    @Test
    void badRiskWrongTypeAndBadInstantAreRefused() {
        assertThat(catchFormat(GOOD.replace("\"risk\": \"low\"", "\"risk\": \"severe\"")).getMessage())
                .contains("(/moves/0/risk)").contains("risk must be low, medium or high");
        assertThat(catchFormat(GOOD.replace("\"order\": 2,", "\"order\": \"2\",")).pointer()).isEqualTo("/batches/1/order");
        assertThat(catchFormat(GOOD.replace("2013-07-07T22:00:00Z\",\n  \"health", "yesterday\",\n  \"health")).pointer())
                .isEqualTo("/created_at");
    }

    @Test
    void unsupportedSchemaVersionSaysWhichOneThisHarmonyReads() {
        assertThat(catchFormat(GOOD.replace("\"schema_version\": 1", "\"schema_version\": 2")).getMessage())
                .isEqualTo("v.json: line 2, column 3 (/schema_version): schema_version 2 is not supported; this Harmony reads"
                        + " schema_version 1 (the plan is from a newer Harmony)");
        assertThat(catchFormat(GOOD.replace("\"schema_version\": 1,", "")).problem()).startsWith("schema_version is missing");
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        PlanFormatException e = catchFormat(GOOD.replace("\"id\": \"p1\",", "\"id\": \"p1\""));

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.problem()).startsWith("not valid JSON");
    }

    @Test
    void vmMovedTwiceMustLeaveFromWhereItsFirstMovePutIt() {
        String twice = GOOD.replace("\"vm\": \"vm-2\"", "\"vm\": \"vm-1\"");

        assertThat(catchFormat(twice).problem())
                .isEqualTo("plan p1: move m2 takes VM vm-1 from host-03, but the earlier move m1 puts it on host-02");
    }

    @Test
    void schemaFileNamesExactlyTheFieldsTheCodecWrites() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode schema;
        try (InputStream in = PlanCodec.class.getResourceAsStream(PlanCodec.SCHEMA_RESOURCE)) {
            schema = json.readTree(in);
        }
        JsonNode written = json.readTree(codec.write(codec.read(GOOD, "good.json")));

        assertThat(names(schema.get("properties"))).containsExactlyInAnyOrderElementsOf(names(written));
        assertThat(names(schema.at("/$defs/move/properties"))).containsExactlyInAnyOrderElementsOf(names(written.at("/moves/0")));
        assertThat(names(schema.at("/$defs/batch/properties"))).containsExactlyInAnyOrderElementsOf(names(written.at("/batches/0")));
        assertThat(schema.at("/properties/schema_version/const").asInt()).isEqualTo(PlanCodec.SCHEMA_VERSION);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    private PlanFormatException catchFormat(String text) {
        try {
            codec.read(text, "v.json");
        } catch (PlanFormatException e) {
            return e;
        }
        throw new AssertionError("the plan was accepted");
    }
}
