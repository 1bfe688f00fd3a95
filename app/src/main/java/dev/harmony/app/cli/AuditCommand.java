package dev.harmony.app.cli;

import picocli.CommandLine.Command;

/** {@code harmony audit}: the hash-chained record of approvals, moves and cancellations. */
@Command(name = "audit",
        description = "Verify and show the audit trail: approvals, each move's intent and result, skips, cancellations.",
        mixinStandardHelpOptions = true,
        subcommands = {AuditVerifyCommand.class, AuditLogCommand.class})
final class AuditCommand {
}
