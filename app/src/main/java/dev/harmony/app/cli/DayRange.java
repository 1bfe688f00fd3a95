package dev.harmony.app.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of whole days of a trace, counted from 1 at its start, both ends included: {@code 1-20} or {@code 7}.
 *
 * @param first first day, at least 1
 * @param last  last day, at least {@code first}
 */
record DayRange(int first, int last) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,4})(?:-(\\d{1,4}))?");

    DayRange {
        if (first < 1 || last < first) {
            throw new UserError("day range " + first + "-" + last + " is empty or starts before day 1");
        }
    }

    /** Parses {@code A-B} or {@code A}; a user error names the option. */
    static DayRange parse(String option, String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new UserError(option + " '" + text + "' is not a day range such as 1-20");
        }
        int a = Integer.parseInt(m.group(1));
        int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
        if (a < 1 || b < a) {
            throw new UserError(option + " '" + text + "' must count from day 1 and end on or after its first day");
        }
        return new DayRange(a, b);
    }

    int days() {
        return last - first + 1;
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
