package dev.harmony.app.workstation.connect;

import dev.harmony.app.profile.ConnectionProfile;
import dev.harmony.app.profile.LabProfileKind;
import dev.harmony.app.profile.ProfileException;
import dev.harmony.app.profile.ProfileFile;
import dev.harmony.app.profile.ProfileFormatException;
import dev.harmony.app.profile.ProfileKinds;
import dev.harmony.app.profile.ProfileLogin;
import dev.harmony.app.profile.SecretMode;
import dev.harmony.app.profile.TlsMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit form of a profile. {@link #save()} checks the fields as the profile file's reader does, stores
 * a typed password encrypted (asking the store's passphrase), then writes the profile; on any problem it
 * writes nothing and says which field is wrong. Editing with an empty password keeps the stored one.
 */
public final class ProfileEditorModel {
    private final ProfileFile file;
    private final ProfileKinds kinds;
    private final ProfileLogin login;
    private final ConnectionProfile original;
    private final Runnable saved;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty kind = new SimpleStringProperty(this, "kind", "vcenter");
    private final StringProperty lab = new SimpleStringProperty(this, "lab", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty askEachTime = new SimpleBooleanProperty(this, "askEachTime");
    private final BooleanProperty insecure = new SimpleBooleanProperty(this, "insecure");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    ProfileEditorModel(ProfileFile file, ProfileKinds kinds, ProfileLogin login, ConnectionProfile original, Runnable saved) {
        this.file = file;
        this.kinds = kinds;
        this.login = login;
        this.original = original;
        this.saved = saved;
        if (original != null) {
            name.set(original.name());
            kind.set(original.kind());
            lab.set(original.lab() == null ? "" : original.lab());
            url.set(original.url() == null ? "" : original.url().toString());
            user.set(original.user() == null ? "" : original.user());
            askEachTime.set(original.secret() == SecretMode.ASK);
            insecure.set(original.tls() == TlsMode.INSECURE);
        }
    }

    /** @return true when the profile was written; otherwise {@link #errorProperty()} says why */
    public boolean save() {
        try {
            ConnectionProfile profile = profile();
            if (original == null && file.find(profile.name()).isPresent()) {
                throw new ProfileException("a profile named " + profile.name() + " exists already");
            }
            if (original != null && !original.name().equals(profile.name()) && file.find(profile.name()).isPresent()) {
                throw new ProfileException("a profile named " + profile.name() + " exists already");
            }
            file.check(profile);
            if (profile.secret() == SecretMode.STORE) {
                storePassword(profile);
            }
            if (original != null && !original.name().equals(profile.name())) {
                file.remove(original.name());
            }
            file.put(profile);
            error.set("");
            saved.run();
            return true;
        } catch (ProfileFormatException e) {
            error.set(label(e.field()) + ": " + e.problem());
        } catch (ProfileException | java.io.UncheckedIOException e) {
            error.set(e.getMessage());
        }
        return false;
    }

    private void storePassword(ConnectionProfile profile) {
        char[] typed = password.get().toCharArray();
        try {
            boolean keep = typed.length == 0 && original != null && original.secretKey().equals(profile.secretKey());
            if (typed.length == 0 && !keep) {
                throw new ProfileException("Password: type it, so it can be stored encrypted (or choose to be asked each time)");
            }
            if (typed.length > 0) {
                login.store(profile, typed);
            }
        } finally {
            Arrays.fill(typed, '\0');
            password.set("");
        }
    }

    private ConnectionProfile profile() {
        String n = name.get().trim();
        if (!ConnectionProfile.validName(n)) {
            throw new ProfileException("Name: use letters, digits, '.', '-', '_' (up to 63)");
        }
        if (LabProfileKind.ID.equals(kind.get())) {
            return ConnectionProfile.lab(n, lab.get().trim());
        }
        URI uri;
        try {
            uri = new URI(url.get().trim());
        } catch (URISyntaxException e) {
            throw new ProfileException("URL: \"" + url.get() + "\" is not a URL: " + e.getReason());
        }
        String u = user.get().trim();
        return new ConnectionProfile(n, kind.get(), null, uri, u.isEmpty() ? null : u, insecure.get() ? TlsMode.INSECURE : TlsMode.VERIFY,
                askEachTime.get() ? SecretMode.ASK : SecretMode.STORE, original == null ? null : original.fingerprint(),
                original == null ? Map.of() : original.options());
    }

    private static String label(String field) {
        return field == null ? "Profile" : switch (field) {
            case "url" -> "URL";
            case "user" -> "User";
            case "lab" -> "Lab";
            case "name" -> "Name";
            case "kind" -> "Kind";
            default -> field;
        };
    }

    /** The kinds a new profile can have. */
    public List<String> kinds() {
        return kinds.ids();
    }

    public boolean editing() {
        return original != null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty labProperty() {
        return lab;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** The typed password; cleared once stored. */
    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty askEachTimeProperty() {
        return askEachTime;
    }

    public BooleanProperty insecureProperty() {
        return insecure;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
