package dev.harmony.viz.whatif;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads typed values out of form fields, marking every field that is wrong rather than stopping at the
 * first, so the planner sees all problems at once. A failed read returns a placeholder; check {@link #valid()}.
 */
final class FormReader {
    private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private boolean valid = true;

    boolean valid() {
        return valid;
    }

    void fail(FormField f, String problem) {
        valid = false;
        f.setError(problem);
    }

    String text(FormField f) {
        if (f.text().isEmpty()) {
            fail(f, "is required");
        }
        return f.text();
    }

    Optional<String> optionalText(FormField f) {
        return f.text().isEmpty() ? Optional.empty() : Optional.of(f.text());
    }

    long whole(FormField f, long min, long max) {
        String t = f.text().replace("_", "").replace(",", "");
        if (t.isEmpty()) {
            fail(f, "is required: a whole number from " + min + " to " + max);
            return min;
        }
        try {
            long v = Long.parseLong(t);
            if (v < min || v > max) {
                fail(f, "must be from " + min + " to " + max + ", was " + v);
                return min;
            }
            return v;
        } catch (NumberFormatException e) {
            fail(f, "must be a whole number from " + min + " to " + max + ", was '" + f.text() + "'");
            return min;
        }
    }

    double number(FormField f, double min, double max) {
        String t = f.text().replace("_", "").replace(",", ".");
        if (t.isEmpty()) {
            fail(f, "is required: a number from " + fmt(min) + " to " + fmt(max));
            return min;
        }
        try {
            double v = Double.parseDouble(t);
            if (!(v >= min && v <= max)) {
                fail(f, "must be from " + fmt(min) + " to " + fmt(max) + ", was " + fmt(v));
                return min;
            }
            return v;
        } catch (NumberFormatException e) {
            fail(f, "must be a number from " + fmt(min) + " to " + fmt(max) + ", was '" + f.text() + "'");
            return min;
        }
    }

    /** Names separated by commas or spaces; at least one. */
    List<String> names(FormField f) {
        List<String> names = split(f.text());
        if (names.isEmpty()) {
            fail(f, "needs at least one name, separated by commas");
        }
        return names;
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** An instant as {@code 2013-07-08T02:00:00Z} or {@code 2013-07-08 02:00} (UTC); blank for none. */
    Optional<Instant> instant(FormField f) {
        String t = f.text();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(t));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(t, PLAIN).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                fail(f, "must be a UTC time such as 2013-07-08 02:00 or 2013-07-08T02:00:00Z, was '" + t + "'");
                return Optional.empty();
            }
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
