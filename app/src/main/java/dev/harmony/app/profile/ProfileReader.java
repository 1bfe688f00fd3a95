package dev.harmony.app.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a profile file token by token, so that each mistake can name its line and field. */
final class ProfileReader {
    private final Path file;
    private final JsonParser p;
    private final ProfileKinds kinds;

    ProfileReader(Path file, JsonParser parser, ProfileKinds kinds) {
        this.file = file;
        this.p = parser;
        this.kinds = kinds;
    }

    /** One field's text and the line it is on. */
    private record Value(String text, int line) {
    }

    List<ConnectionProfile> profiles() throws IOException {
        expect(p.nextToken(), JsonToken.START_OBJECT, null, "the file must hold one JSON object");
        String schema = null;
        List<ConnectionProfile> out = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("schema".equals(field)) {
                expect(value, JsonToken.VALUE_STRING, field, "must be \"" + ProfileFile.SCHEMA + "\"");
                schema = p.getText();
                if (!ProfileFile.SCHEMA.equals(schema)) {
                    throw error(field, "is \"" + schema + "\"; this Harmony reads \"" + ProfileFile.SCHEMA + "\"");
                }
            } else if ("profiles".equals(field)) {
                expect(value, JsonToken.START_ARRAY, field, "must be a list of profiles");
                out = list();
            } else {
                throw error(field, "is not a field of a profile file (schema, profiles)");
            }
        }
        if (schema == null) {
            throw error("schema", "is missing; the file starts {\"schema\": \"" + ProfileFile.SCHEMA + "\", \"profiles\": [...]}");
        }
        return out == null ? List.of() : out;
    }

    private List<ConnectionProfile> list() throws IOException {
        List<ConnectionProfile> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.START_OBJECT, "profiles", "each profile must be a JSON object");
            int line = line();
            ConnectionProfile profile = profile(line);
            if (!names.add(profile.name())) {
                throw new ProfileFormatException(file, line, "name", "profile \"" + profile.name() + "\" is defined twice");
            }
            out.add(profile);
        }
        return out;
    }

    private ConnectionProfile profile(int start) throws IOException {
        Map<String, Value> fields = new LinkedHashMap<>();
        Map<String, String> options = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("options".equals(field)) {
                expect(value, JsonToken.START_OBJECT, field, "must be an object of text settings");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    expect(p.nextToken(), JsonToken.VALUE_STRING, "options." + key, "must be text");
                    options.put(key, p.getText());
                }
                fields.put(field, new Value("", line()));
                continue;
            }
            expect(value, JsonToken.VALUE_STRING, field, "must be text in quotes");
            fields.put(field, new Value(p.getText(), line()));
        }
        return build(fields, options, start);
    }

    private ConnectionProfile build(Map<String, Value> f, Map<String, String> options, int start) {
        Value name = require(f, "name", start);
        if (!ConnectionProfile.validName(name.text())) {
            throw new ProfileFormatException(file, name.line(), "name", "\"" + name.text()
                    + "\" is not a profile name (letters, digits, '.', '-', '_'; up to 63)");
        }
        Value kindValue = require(f, "kind", start);
        ProfileKind kind = kinds.find(kindValue.text()).orElseThrow(() -> new ProfileFormatException(file, kindValue.line(),
                "kind", "\"" + kindValue.text() + "\" is not a kind of profile (" + String.join(", ", kinds.ids()) + ")"));
        for (Map.Entry<String, Value> e : f.entrySet()) {
            String field = e.getKey();
            if (!"name".equals(field) && !"kind".equals(field) && !kind.allowed().contains(field)) {
                throw new ProfileFormatException(file, e.getValue().line(), field, "is not a field of a " + kind.id()
                        + " profile (" + String.join(", ", new java.util.TreeSet<>(kind.allowed())) + ")");
            }
        }
        for (String field : new java.util.TreeSet<>(kind.required())) {
            Value v = require(f, field, start);
            if (v.text().isBlank()) {
                throw new ProfileFormatException(file, v.line(), field, "must not be empty");
            }
        }
        Value lab = f.get("lab");
        URI url = f.containsKey("url") ? url(f.get("url")) : null;
        Value user = f.get("user");
        TlsMode tls = f.containsKey("tls") ? word(f.get("tls"), "tls", TlsMode.ofWord(f.get("tls").text()), "pin or insecure")
                : TlsMode.VERIFY;
        SecretMode secret = url == null ? SecretMode.NONE : f.containsKey("secret")
                ? word(f.get("secret"), "secret", SecretMode.ofWord(f.get("secret").text()), "store or ask") : SecretMode.STORE;
        if (url != null && secret == SecretMode.NONE) {
            throw new ProfileFormatException(file, f.get("secret").line(), "secret", "a " + kind.id()
                    + " profile needs a password: store or ask");
        }
        Value fingerprint = f.get("fingerprint");
        if (fingerprint != null && !fingerprint.text().matches("(?i)([0-9a-f]{2}:){31}[0-9a-f]{2}")) {
            throw new ProfileFormatException(file, fingerprint.line(), "fingerprint",
                    "is not a SHA-256 fingerprint (32 hex pairs joined by colons, as AB:CD:...)");
        }
        return new ConnectionProfile(name.text(), kind.id(), lab == null ? null : lab.text(), url,
                user == null ? null : user.text(), tls, secret, fingerprint == null ? null : fingerprint.text(), options);
    }

    private URI url(Value v) {
        try {
            URI url = new URI(v.text());
            if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
                throw new ProfileFormatException(file, v.line(), "url", "\"" + v.text()
                        + "\" is not an https:// URL with a host (e.g. https://vc01.example.com/sdk)");
            }
            if (url.getUserInfo() != null) {
                throw new ProfileFormatException(file, v.line(), "url", "must not carry a user or password; use the user field");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new ProfileFormatException(file, v.line(), "url", "\"" + v.text() + "\" is not a URL: " + e.getReason());
        }
    }

    private <T> T word(Value v, String field, T parsed, String expected) {
        if (parsed == null) {
            throw new ProfileFormatException(file, v.line(), field, "\"" + v.text() + "\" is not " + expected);
        }
        return parsed;
    }

    private Value require(Map<String, Value> f, String field, int start) {
        Value v = f.get(field);
        if (v == null) {
            throw new ProfileFormatException(file, start, field, "is missing from the profile that starts here");
        }
        return v;
    }

    private void expect(JsonToken actual, JsonToken wanted, String field, String problem) {
        if (actual != wanted) {
            throw error(field, problem);
        }
    }

    private ProfileFormatException error(String field, String problem) {
        return new ProfileFormatException(file, line(), field, problem);
    }

    private int line() {
        return p.currentLocation().getLineNr();
    }
}
