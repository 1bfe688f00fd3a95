package dev.harmony.connectors.openstack.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A Keystone token and what came with it. {@link #toString()} never shows the token.
 *
 * @param value     the {@code X-Subject-Token}
 * @param issuedAt  when Keystone issued it
 * @param expiresAt when it stops working
 * @param userId    the user it speaks for
 * @param projectId the project it is scoped to
 * @param catalog   the service catalog
 */
public record Token(String value, Instant issuedAt, Instant expiresAt, String userId, String projectId, ServiceCatalog catalog) {
    public Token {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(catalog, "catalog");
    }

    /** Whether it expires within {@code margin} of {@code now} (or already has). */
    public boolean expiresWithin(Duration margin, Instant now) {
        return !now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "Token[user=" + userId + ", project=" + projectId + ", issued " + issuedAt + ", expires " + expiresAt + "]";
    }
}
