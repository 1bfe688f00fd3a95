package dev.harmony.app.profile;

/** A profile that cannot be used as asked: unknown, of a kind this build cannot open, or missing its secret. */
public class ProfileException extends RuntimeException {
    public ProfileException(String message) {
        super(message);
    }
}
