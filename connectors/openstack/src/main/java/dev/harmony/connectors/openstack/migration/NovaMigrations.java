package dev.harmony.connectors.openstack.migration;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harmony.connectors.openstack.compute.ComputeApi;
import dev.harmony.connectors.openstack.compute.Ladders;
import dev.harmony.connectors.openstack.compute.Microversion;
import dev.harmony.connectors.openstack.compute.Migration;
import dev.harmony.connectors.openstack.http.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads a server's migration records and the reason Nova gives when one fails. */
final class NovaMigrations {
    private final ComputeApi compute;

    NovaMigrations(ComputeApi compute) {
        this.compute = compute;
    }

    /** The id of the server's newest migration record, 0 when it has none. */
    long newestId(String serverId) {
        return newest(serverId, 0).map(Migration::id).orElse(0L);
    }

    /** The server's newest live migration with an id above {@code after}. */
    Optional<Migration> newest(String serverId, long after) {
        Microversion mv = compute.use(Ladders.MIGRATIONS);
        List<Migration> all = new ArrayList<>();
        compute.get("reading the migrations of server " + serverId, "/os-migrations?instance_uuid=" + serverId, mv)
                .body().path("migrations").forEach(m -> all.add(Migration.parse(m, mv)));
        return all.stream().filter(m -> m.serverId().equals(serverId) && m.id() > after)
                .filter(m -> m.type().isEmpty() || m.type().equals("live-migration"))
                .max(Comparator.comparingLong(Migration::id));
    }

    /**
     * What Nova recorded about the failed request: the failed event's details (2.84+), else the last
     * line of its traceback, else the action's message; empty when Nova says nothing.
     */
    String failureReason(String serverId, String requestId) {
        if (requestId == null || requestId.isBlank()) {
            return "";
        }
        Microversion mv = compute.use(Ladders.INSTANCE_ACTIONS);
        JsonNode action;
        try {
            action = compute.get("reading instance action " + requestId, "/servers/" + serverId + "/os-instance-actions/" + requestId, mv)
                    .body().path("instanceAction");
        } catch (ApiException e) {
            return "";
        }
        for (JsonNode event : action.path("events")) {
            if (!"Error".equalsIgnoreCase(event.path("result").asText())) {
                continue;
            }
            String details = event.path("details").asText("");
            if (!details.isBlank() && !event.path("details").isNull()) {
                return event.path("event").asText() + ": " + details;
            }
            String[] lines = event.path("traceback").asText("").strip().split("\n");
            if (lines.length > 0 && !lines[lines.length - 1].isBlank()) {
                return event.path("event").asText() + ": " + lines[lines.length - 1].strip();
            }
        }
        String message = action.path("message").asText("");
        return action.path("message").isNull() ? "" : message;
    }
}
