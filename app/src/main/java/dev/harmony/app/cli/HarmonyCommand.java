package dev.harmony.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root of the {@code harmony} command. Without a sub-command the launcher opens the workstation window. */
@Command(name = "harmony",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Harmony: learns how VM pairs get along and plans migrations before pool health degrades.",
            "Run without arguments to open the workstation on the embedded demo lab."},
        subcommands = {LabCommand.class, EvaluateCommand.class, TrainCommand.class, SimulateCommand.class, ExecuteCommand.class, AuditCommand.class, PlanCommand.class, ReplayCommand.class, BenchCommand.class, ReportCommand.class, ProfileCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 internal error (see the log), 2 usage, 3 bad input, 4 unavailable, 5 no display, 6 partly failed (execute)."})
public final class HarmonyCommand {

    /** Read by Main before logging starts; declared here so picocli accepts it and --help lists it. */
    @Option(names = {"-v", "--verbose"}, description = "Also print informational log lines on the console.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;
}
