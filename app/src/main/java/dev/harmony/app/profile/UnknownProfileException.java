package dev.harmony.app.profile;

/** No profile of the name asked for. */
public final class UnknownProfileException extends ProfileException {
    public UnknownProfileException(String message) {
        super(message);
    }
}
