package dev.harmony.app.workstation;

import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * An error as a planner reads it.
 *
 * @param title    what failed, e.g. {@code Training failed}
 * @param message  what went wrong, in a sentence
 * @param whatToDo what the planner can do about it
 */
public record UserMessage(String title, String message, String whatToDo) {
    public UserMessage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(whatToDo, "whatToDo");
    }

    /**
     * A failure of background work in words: the exception's own message (the engine's messages name the
     * file, host or plan), never its stack trace; the log has that.
     */
    public static UserMessage of(String title, Throwable error, String whatToDo) {
        return new UserMessage(title, describe(error), whatToDo);
    }

    /** The message of an error, or of its cause when it has none of its own. */
    public static String describe(Throwable error) {
        Throwable e = error;
        while (e != null) {
            if (e instanceof CancellationException) {
                return "stopped on request";
            }
            String m = e.getMessage();
            if (m != null && !m.isBlank()) {
                return m.strip();
            }
            e = e.getCause();
        }
        return error.getClass().getSimpleName();
    }
}
