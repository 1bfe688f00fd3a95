package dev.harmony.engine.affinity;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The logger through which affinity tests report measured figures (timings, real-trace scores).
 * The shared logback-test.xml keeps {@code dev.harmony} at WARN, so this one logger is raised to INFO.
 */
public final class MeasuredFigures {
    private static final Logger LOG = LoggerFactory.getLogger("dev.harmony.engine.affinity.measured");

    static {
        if (LOG instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(Level.INFO);
        }
    }

    private MeasuredFigures() {
    }

    public static Logger log() {
        return LOG;
    }
}
