package dev.harmony.app.cli;

import java.io.Console;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a command may ask a person through: the environment (files that hold secrets for unattended runs),
 * standard input ({@code --password-stdin}) and the console, which is null when nobody types (pipes, cron,
 * tests). Tests give their own; a run gets the process's.
 *
 * @param env     environment variables
 * @param stdin   standard input, opened when read
 * @param console the interactive console, or null
 */
public record Terminal(Map<String, String> env, Supplier<InputStream> stdin, Console console) {
    /** File holding the password of a profile whose secret is asked each time, for unattended runs. */
    public static final String PASSWORD_FILE = "HARMONY_PASSWORD_FILE";
    /** File holding the passphrase of the secret store, for unattended runs. */
    public static final String PASSPHRASE_FILE = "HARMONY_SECRETS_PASSPHRASE_FILE";

    public Terminal {
        env = Map.copyOf(env);
    }

    /** The process's environment, standard input and console. */
    public static Terminal system() {
        return new Terminal(System.getenv(), () -> System.in, System.console());
    }

    /** Whether a person can be asked (a console is attached). */
    public boolean interactive() {
        return console != null;
    }
}
