package dev.harmony.engine.forecast;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The logger through which forecast, health and simulation tests report measured figures (raised to INFO). */
public final class ForecastFigures {
    private static final Logger LOG = LoggerFactory.getLogger("dev.harmony.engine.forecast.measured");

    static {
        if (LOG instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(Level.INFO);
        }
    }

    private ForecastFigures() {
    }

    public static Logger log() {
        return LOG;
    }
}
