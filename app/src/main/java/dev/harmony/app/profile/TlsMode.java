package dev.harmony.app.profile;

import java.util.Locale;

/** How a profile trusts its server's certificate; written in {@code profiles.json} as {@code pin} or {@code insecure}. */
public enum TlsMode {
    /** Trust on first use: the fingerprint is shown, approved once and pinned; a change is refused. */
    VERIFY("pin"),
    /** No certificate check at all: for throw-away labs only, and said loudly every time. */
    INSECURE("insecure");

    private final String word;

    TlsMode(String word) {
        this.word = word;
    }

    /** The word in the profile file. */
    public String word() {
        return word;
    }

    /** The mode a profile file's word names, or null. */
    public static TlsMode ofWord(String word) {
        for (TlsMode m : values()) {
            if (m.word.equals(word.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        return null;
    }
}
