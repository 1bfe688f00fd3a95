package dev.harmony.connectors.openstack.compute;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body of {@code POST /servers/{id}/action} for a live migration to a named host: before 2.25
 * {@code block_migration} is a boolean and {@code disk_over_commit} is required; from 2.25
 * {@code "auto"} lets Nova choose. Harmony never sends {@code force} (2.30-2.67), so the scheduler
 * still checks the target.
 */
public final class LiveMigrateRequest {
    private LiveMigrateRequest() {
    }

    public static ObjectNode body(ObjectMapper json, Microversion mv, String targetHost) {
        ObjectNode body = json.createObjectNode();
        ObjectNode action = body.putObject("os-migrateLive");
        action.put("host", targetHost);
        if (mv.atLeast("2.25")) {
            action.put("block_migration", "auto");
        } else {
            action.put("block_migration", false).put("disk_over_commit", false);
        }
        return body;
    }
}
