package dev.harmony.app.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.harmony.engine.store.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code profiles.json} in the data folder: {@code {"schema": "harmony.profiles/1", "profiles": [ ... ]}}, one
 * flat object of strings per profile (format in docs/cli.md). Every mistake is reported with the file, the
 * line and the field; a file that does not exist holds no profile. Writes go through a temporary file and a
 * move, so a crash never leaves half a file.
 */
public final class ProfileFile {
    /** The schema word the file starts with. */
    public static final String SCHEMA = "harmony.profiles/1";
    private static final JsonFactory JSON = new JsonFactory();
    private final Path file;
    private final ProfileKinds kinds;

    public ProfileFile(Path file, ProfileKinds kinds) {
        this.file = file.toAbsolutePath().normalize();
        this.kinds = kinds;
    }

    /** The profile file in the user's data folder. */
    public static Path in(DataDirectory data) {
        return data.root().resolve("profiles.json");
    }

    public Path location() {
        return file;
    }

    /** The profiles, in file order. */
    public synchronized List<ConnectionProfile> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (JsonParser p = JSON.createParser(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return new ProfileReader(file, p, kinds).profiles();
        } catch (JsonParseException e) {
            throw new ProfileFormatException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null,
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the profiles in " + file, e);
        }
    }

    /** The profile of that name. */
    public Optional<ConnectionProfile> find(String name) {
        return read().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The profile of that name, or an error that lists the names there are. */
    public ConnectionProfile get(String name) {
        List<ConnectionProfile> all = read();
        return all.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new UnknownProfileException(
                "no profile named " + name + " in " + file + (all.isEmpty() ? " (it has none; add one with harmony profile add)"
                        : " (it has " + String.join(", ", all.stream().map(ConnectionProfile::name).toList()) + ")")));
    }

    /** Adds the profile, or replaces the one of the same name in place. */
    public synchronized void put(ConnectionProfile profile) {
        List<ConnectionProfile> all = new ArrayList<>(read());
        int at = indexOf(all, profile.name());
        if (at >= 0) {
            all.set(at, profile);
        } else {
            all.add(profile);
        }
        write(all);
    }

    /** Removes the profile of that name. @return whether there was one */
    public synchronized boolean remove(String name) {
        List<ConnectionProfile> all = new ArrayList<>(read());
        int at = indexOf(all, name);
        if (at < 0) {
            return false;
        }
        all.remove(at);
        write(all);
        return true;
    }

    private static int indexOf(List<ConnectionProfile> all, String name) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Checks a profile as the reader of the file will, without writing; the error names the field. */
    public void check(ConnectionProfile profile) {
        checked(List.of(profile));
    }

    /** Checks the profiles as the reader would, then writes them; nothing is written when one is wrong. */
    private void write(List<ConnectionProfile> all) {
        String text = checked(all);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "profiles", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the profiles to " + file, e);
        }
    }

    private String checked(List<ConnectionProfile> all) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        doc.put("profiles", all.stream().map(ProfileFile::fields).toList());
        try {
            String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc) + "\n";
            try (JsonParser p = JSON.createParser(text)) {
                new ProfileReader(file, p, kinds).profiles();
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the profiles as JSON", e);
        }
    }

    private static Map<String, Object> fields(ConnectionProfile p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", p.name());
        out.put("kind", p.kind());
        if (p.lab() != null) {
            out.put("lab", p.lab());
        }
        if (p.url() != null) {
            out.put("url", p.url().toString());
            if (p.user() != null) {
                out.put("user", p.user());
            }
            out.put("tls", p.tls().word());
            out.put("secret", p.secret().word());
        }
        if (p.fingerprint() != null) {
            out.put("fingerprint", p.fingerprint());
        }
        if (!p.options().isEmpty()) {
            out.put("options", new java.util.TreeMap<>(p.options()));
        }
        return out;
    }
}
