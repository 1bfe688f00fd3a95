package dev.harmony.app.cli;

import picocli.CommandLine.Option;

/** {@code --profile NAME}, the same as {@code --source profile:NAME}, on the commands that take {@code --source}. */
public final class ProfileOption {
    @Option(names = "--profile", paramLabel = "NAME", description = "A connection profile (harmony profile list); the same as --source profile:NAME.")
    String name;

    /** The source the command works on: {@code --source}, or {@code profile:NAME} for {@code --profile}. */
    String source(String source) {
        if (source != null && name != null) {
            throw new UserError("give --source or --profile, not both", ExitCodes.USAGE);
        }
        if (source == null && name == null) {
            throw new UserError("give --source (e.g. lab:bitbrains-rnd or profile:NAME) or --profile NAME", ExitCodes.USAGE);
        }
        return name != null ? Sources.PROFILE + name : source;
    }
}
