package dev.harmony.connectors.openstack.compute;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of {@code os-migrations}.
 *
 * @param id           integer id
 * @param uuid         UUID (2.59+), empty before
 * @param serverId     the server's UUID
 * @param type         {@code live-migration}, {@code migration}, {@code resize}, {@code evacuation} (2.23+; empty before)
 * @param status       e.g. {@code queued}, {@code preparing}, {@code running}, {@code completed}, {@code error}, {@code failed}
 * @param sourceHost   source compute host
 * @param destHost     destination compute host, empty until the scheduler or caller chose one
 * @param createdAt    creation time as Nova writes it
 */
public record Migration(long id, String uuid, String serverId, String type, String status, String sourceHost, String destHost,
        String createdAt) {

    /** Parses one element of {@code migrations}. */
    public static Migration parse(JsonNode m, Microversion mv) {
        return new Migration(m.path("id").asLong(), text(m.path("uuid")), m.path("instance_uuid").asText(),
                text(m.path("migration_type")), m.path("status").asText(""), text(m.path("source_compute")),
                text(m.path("dest_compute")), text(m.path("created_at")));
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "" : n.asText();
    }
}
