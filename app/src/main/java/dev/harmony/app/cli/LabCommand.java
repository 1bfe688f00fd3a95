package dev.harmony.app.cli;

import picocli.CommandLine.Command;

/** {@code harmony lab}: the embedded demo labs that replay real traces. */
@Command(name = "lab",
        description = "List, describe and import demo labs that replay real VM traces.",
        mixinStandardHelpOptions = true,
        subcommands = {LabListCommand.class, LabInfoCommand.class, LabImportCommand.class})
final class LabCommand {
}
