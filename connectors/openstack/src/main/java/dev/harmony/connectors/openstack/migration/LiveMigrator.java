package dev.harmony.connectors.openstack.migration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harmony.connectors.openstack.compute.ComputeApi;
import dev.harmony.connectors.openstack.compute.Ladders;
import dev.harmony.connectors.openstack.compute.LiveMigrateRequest;
import dev.harmony.connectors.openstack.compute.Microversion;
import dev.harmony.connectors.openstack.compute.Server;
import dev.harmony.connectors.openstack.http.ApiException;
import dev.harmony.connectors.openstack.http.ApiResponse;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.MigrationTask;
import java.time.Clock;
import java.util.Optional;

/**
 * Live-migrates servers with {@code os-migrateLive} to a named compute host and hands back a task
 * that follows Nova's migration record. Nova's refusals become plain reasons: an unknown host
 * (HTTP 400), a server busy with another task or in a state that cannot move (409). Whether the server
 * can move is left to Nova, which knows its state and task at the moment it is asked.
 */
public final class LiveMigrator {
    private final ComputeApi compute;
    private final Clock clock;
    private final NovaMigrations migrations;

    public LiveMigrator(ComputeApi compute, Clock clock) {
        this.compute = compute;
        this.clock = clock;
        this.migrations = new NovaMigrations(compute);
    }

    /** Asks Nova to move the server and returns at once with the task to follow. */
    public MigrationTask start(String serverId, String targetHost) {
        Server server = server(serverId).orElseThrow(() -> new ConnectorException(
                "Nova at " + compute.authority() + " does not know server " + serverId));
        String who = "server " + server.name() + " (" + serverId + ")";
        long before = migrations.newestId(serverId);
        Microversion mv = compute.use(Ladders.LIVE_MIGRATE);
        ObjectNode body = LiveMigrateRequest.body(compute.http().json(), mv, targetHost);
        ApiResponse accepted;
        try {
            accepted = compute.post("live-migrating " + who + " to " + targetHost, "/servers/" + serverId + "/action", body, mv);
        } catch (ApiException e) {
            throw refused(e, who, server.host(), targetHost);
        }
        return new NovaMigrationTask(compute, migrations, clock, serverId, server.name(), server.host(), targetHost, before,
                accepted.header("x-openstack-request-id"));
    }

    /** The compute host the server runs on, read from Nova now; empty when Nova no longer has the server. */
    public Optional<String> currentHost(String serverId) {
        return server(serverId).map(Server::host);
    }

    private Optional<Server> server(String serverId) {
        Microversion mv = compute.use(Ladders.SERVERS);
        try {
            return Optional.of(Server.parse(compute.get("reading server " + serverId, "/servers/" + serverId, mv).body().path("server"), mv));
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    static ConnectorException refused(ApiException e, String who, String source, String target) {
        String said = e.serviceMessage();
        String reason = switch (e.status()) {
            case 400 -> "Nova refused to live-migrate " + who + " to host " + target + ": " + said;
            case 403 -> "Nova does not allow this account to live-migrate " + who + " (an admin role is needed): " + said;
            case 404 -> "Nova no longer has " + who + ": " + said;
            case 409 -> "Nova refused to live-migrate " + who + " from " + source + " to " + target
                    + " because of the server's current state or task: " + said;
            default -> e.getMessage();
        };
        return new ConnectorException(reason, e);
    }
}
