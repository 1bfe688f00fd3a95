package dev.harmony.engine.plan;

/** Field checks shared by the plan records, so each rejects bad input with the same kind of message. */
final class PlanChecks {
    /** Ids end up in the store's VARCHAR(100) and VARCHAR(200) columns. */
    static final int MAX_ID = 100;

    private PlanChecks() {
    }

    static void id(String value, String pointer, String what) {
        if (value == null || value.isBlank()) {
            throw new PlanValidationException(pointer, what + " must not be blank");
        }
        if (value.length() > MAX_ID) {
            throw new PlanValidationException(pointer, what + " is longer than " + MAX_ID + " characters");
        }
    }

    static void finite(double value, String pointer, String what) {
        if (!Double.isFinite(value)) {
            throw new PlanValidationException(pointer, what + " must be a finite number, was " + value);
        }
    }
}
