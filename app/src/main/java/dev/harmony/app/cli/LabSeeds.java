package dev.harmony.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lab datacenters a replay runs on, by the seed each is built with: {@code 42}, {@code 1-10} or {@code 1,2,7}
 * (ranges may be listed too: {@code 1-5,42}). In the order given, each once.
 *
 * @param seeds at least one seed, none twice
 */
record LabSeeds(List<Long> seeds) {
    /** Most datacenters one replay runs: each takes minutes. */
    static final int MOST = 100;
    private static final Pattern PART = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?");

    LabSeeds {
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed");
        }
    }

    /** Parses the option's text; a user error names the option and the part it could not read. */
    static LabSeeds parse(String option, String text) {
        String whole = text == null ? "" : text.strip();
        Set<Long> seeds = new LinkedHashSet<>();
        for (String part : whole.split(",", -1)) {
            Matcher m = PART.matcher(part.strip());
            if (!m.matches()) {
                throw new UserError(option + " '" + whole + "': '" + part.strip() + "' is not a seed (0 or more) or a range of"
                        + " seeds such as 1-10");
            }
            long a = Long.parseLong(m.group(1));
            long b = m.group(2) == null ? a : Long.parseLong(m.group(2));
            if (b < a) {
                throw new UserError(option + " '" + whole + "': the range " + part.strip() + " ends before it starts");
            }
            if (b - a >= MOST) {
                throw new UserError(option + " '" + whole + "' names more than " + MOST + " datacenters");
            }
            for (long s = a; s <= b; s++) {
                seeds.add(s);
            }
        }
        if (seeds.size() > MOST) {
            throw new UserError(option + " '" + whole + "' names more than " + MOST + " datacenters");
        }
        return new LabSeeds(new ArrayList<>(seeds));
    }

    boolean several() {
        return seeds.size() > 1;
    }

    @Override
    public String toString() {
        return String.join(",", seeds.stream().map(String::valueOf).toList());
    }
}
