package dev.harmony.connectors.openstack.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harmony.connectors.openstack.http.ApiException;
import dev.harmony.connectors.openstack.http.ApiResponse;
import dev.harmony.connectors.openstack.http.JsonHttp;
import dev.harmony.engine.connector.ConnectorException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Keystone v3 login that stays valid: {@link #token()} hands out the current token and fetches
 * a new one when it expires within the renewal margin, so no call starts with a token about to
 * lapse; {@link #renewAfterRefusal} covers a token revoked early. Thread-safe.
 */
public final class KeystoneSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KeystoneSession.class);

    private final JsonHttp http;
    private final URI authUrl;
    private final AuthMethod method;
    private final SecretSource secrets;
    private final Clock clock;
    private final Duration renewBefore;
    private char[] secret;
    private Token current;
    private int logins;

    /**
     * @param authUrl     Keystone's URL, with or without {@code /v3}
     * @param renewBefore how long before expiry a token is replaced
     */
    public KeystoneSession(JsonHttp http, URI authUrl, AuthMethod method, SecretSource secrets, Clock clock, Duration renewBefore) {
        this.http = http;
        this.authUrl = v3(authUrl);
        this.method = method;
        this.secrets = secrets;
        this.clock = clock;
        this.renewBefore = renewBefore;
    }

    /** Keystone's v3 root, e.g. {@code https://keystone.example.com:5000/v3}. */
    public URI authUrl() {
        return authUrl;
    }

    /** A token valid for at least the renewal margin, fetched now if needed. */
    public synchronized Token token() {
        if (current == null || current.expiresWithin(renewBefore, clock.instant())) {
            if (current != null) {
                LOG.info("Keystone token for {} expires at {}: renewing", method.principal(), current.expiresAt());
            }
            current = login();
        }
        return current;
    }

    /** Drops a token a service refused (revoked, or Keystone restarted) and logs in again. */
    public synchronized Token renewAfterRefusal(Token refused) {
        if (current == null || current.value().equals(refused.value())) {
            current = login();
        }
        return current;
    }

    /** How many times this session has logged in (one plus each renewal). */
    public synchronized int logins() {
        return logins;
    }

    /** The catalog of the current token. */
    public ServiceCatalog catalog() {
        return token().catalog();
    }

    private Token login() {
        if (secret == null) {
            secret = secrets.secretFor(authUrl, method.principal());
            if (secret == null || secret.length == 0) {
                throw new ConnectorException("no secret for " + method.principal() + " at " + authUrl);
            }
        }
        ApiResponse answer;
        try {
            answer = http.send("logging in to Keystone " + authUrl + " as " + method.principal(), "POST",
                    authUrl.resolve(authUrl.getPath() + "/auth/tokens"), Map.of(), body());
        } catch (ApiException e) {
            if (e.status() == 401) {
                throw new ConnectorException("Keystone " + authUrl + " refused " + method.principal()
                        + ": wrong password or secret, or the account is disabled (" + e.serviceMessage() + ")", e);
            }
            throw e;
        }
        String value = answer.header("X-Subject-Token");
        if (value.isEmpty()) {
            throw new ConnectorException("Keystone " + authUrl + " answered the login without an X-Subject-Token header");
        }
        JsonNode token = answer.body().path("token");
        logins++;
        Token t = new Token(value, instant(token.path("issued_at").asText(null)), instant(token.path("expires_at").asText(null)),
                token.path("user").path("id").asText(""), token.path("project").path("id").asText(""),
                ServiceCatalog.parse(token.path("catalog")));
        LOG.debug("Keystone token for {} valid until {}", method.principal(), t.expiresAt());
        return t;
    }

    private JsonNode body() {
        ObjectNode root = http.json().createObjectNode();
        ObjectNode auth = root.putObject("auth");
        ObjectNode identity = auth.putObject("identity");
        String password = new String(secret);
        if (method instanceof AuthMethod.Password p) {
            identity.putArray("methods").add("password");
            ObjectNode user = identity.putObject("password").putObject("user");
            user.put("name", p.user()).put("password", password).putObject("domain").put("name", p.userDomain());
            ObjectNode project = auth.putObject("scope").putObject("project");
            project.put("name", p.project()).putObject("domain").put("name", p.projectDomain());
        } else if (method instanceof AuthMethod.ApplicationCredential a) {
            identity.putArray("methods").add("application_credential");
            identity.putObject("application_credential").put("id", a.id()).put("secret", password);
        }
        return root;
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return Instant.EPOCH;
        }
        return Instant.parse(text.endsWith("Z") ? text : text + "Z");
    }

    private static URI v3(URI url) {
        String s = url.toString().replaceAll("/+$", "");
        return URI.create(s.endsWith("/v3") ? s : s + "/v3");
    }

    /** Wipes the secret held in memory. */
    @Override
    public synchronized void close() {
        if (secret != null) {
            Arrays.fill(secret, '\0');
            secret = null;
        }
        current = null;
    }
}
