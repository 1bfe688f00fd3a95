package dev.harmony.app.cli;

import picocli.CommandLine.Command;

/** {@code harmony profile}: the connection profiles in {@code profiles.json} of the data folder. */
@Command(name = "profile",
        description = {"List, add, remove and test connection profiles (demo lab, vCenter; OpenStack declared).",
            "Use one with --profile NAME or --source profile:NAME. Passwords are never taken on the command line."},
        mixinStandardHelpOptions = true,
        subcommands = {ProfileListCommand.class, ProfileAddCommand.class, ProfileRemoveCommand.class, ProfileTestCommand.class},
        footer = {"", "Exit codes: 0 ok, 2 usage, 3 bad profile file or option (file, line and field named),"
            + " 4 the source cannot be reached, refused the login or the certificate is not trusted."})
final class ProfileCommand {
}
