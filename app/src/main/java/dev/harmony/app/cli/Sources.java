package dev.harmony.app.cli;

import dev.harmony.app.profile.ConnectionProfile;
import dev.harmony.app.profile.LabProfileKind;
import dev.harmony.app.profile.ProfileLogin;
import java.io.PrintWriter;

/**
 * The sources commands name: {@code lab:NAME} for a demo lab, {@code profile:NAME} for a connection profile.
 * A lab profile stands for its lab everywhere; other profiles work where a live connector will do.
 */
final class Sources {
    static final String LAB = "lab:";
    static final String PROFILE = "profile:";

    private Sources() {
    }

    /** The profile a {@code profile:NAME} source names, or null for any other source. */
    static ConnectionProfile profileOf(AppContext context, String source) {
        if (source == null || !source.startsWith(PROFILE)) {
            return null;
        }
        String name = source.substring(PROFILE.length());
        if (name.isEmpty()) {
            throw new UserError("--source profile: needs a profile name, e.g. profile:vc01");
        }
        return context.profiles().get(name);
    }

    /**
     * The lab a source stands for, for the commands that work on a lab's recorded trace.
     *
     * @param what the command, for the message when the source is not a lab
     */
    static String labOf(AppContext context, String source, String what) {
        if (source != null && source.startsWith(LAB) && source.length() > LAB.length()) {
            return source.substring(LAB.length());
        }
        ConnectionProfile profile = profileOf(context, source);
        if (profile != null) {
            if (LabProfileKind.ID.equals(profile.kind())) {
                return profile.lab();
            }
            throw new UserError(what + " works on a lab's recorded trace; profile " + profile.name() + " is a "
                    + context.profileKinds().of(profile).title() + " profile (use it with plan, execute or profile test)");
        }
        throw new UserError("--source '" + source + "' is not a lab source: use lab:NAME (e.g. lab:bitbrains-rnd) or profile:NAME");
    }

    /** The login a command uses for profiles: prompts on the terminal, messages on {@code err}. */
    static ProfileLogin login(AppContext context, PrintWriter err) {
        return new ProfileLogin(context.secrets(), new ConsoleLoginPrompts(context.terminal(), err));
    }
}
