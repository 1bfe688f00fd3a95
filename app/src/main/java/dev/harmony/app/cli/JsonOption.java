package dev.harmony.app.cli;

import picocli.CommandLine.Option;

/** The {@code --json} switch every command that prints results carries. */
public final class JsonOption {
    @Option(names = "--json", description = "Print the result as JSON (schema in docs/cli.md).")
    boolean json;

    public boolean enabled() {
        return json;
    }
}
