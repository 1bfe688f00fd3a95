package dev.harmony.app.profile;

import java.util.Locale;

/** Where a profile's password comes from; written in {@code profiles.json} as {@code store}, {@code ask} or {@code none}. */
public enum SecretMode {
    /** Encrypted in the secret store, unlocked by the store's passphrase (ADR 0013). */
    STORE("store"),
    /** Asked for each time: a prompt without echo, or {@code HARMONY_PASSWORD_FILE} when nobody can type. */
    ASK("ask"),
    /** The source needs no secret (a demo lab). */
    NONE("none");

    private final String word;

    SecretMode(String word) {
        this.word = word;
    }

    /** The word in the profile file. */
    public String word() {
        return word;
    }

    /** The mode a profile file's word names, or null. */
    public static SecretMode ofWord(String word) {
        for (SecretMode m : values()) {
            if (m.word.equals(word.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        return null;
    }
}
