package dev.kip.insight;

import java.util.List;
import java.util.Locale;

/**
 * One rule of the {@link RecoveryCheck} on one morning.
 *
 * @param finding what the rule saw, in the person's numbers, as a sentence: for ACT and WATCH what fired it
 *                ("Sleep debt 7 h 04 min over the last 14 nights (the rule acts above 7 h)")
 * @param missing for NOT_ENOUGH_DATA, what the rule still needs ("needs 2 more sessions in the last 21 days");
 *                empty otherwise
 * @param data    the nights, sessions, marks or days behind the finding, one line each, oldest first
 */
public record RuleResult(Rule rule, State state, String finding, String missing, List<String> data) {

    public RuleResult {
        data = List.copyOf(data);
        if ((state == State.NOT_ENOUGH_DATA) == missing.isEmpty()) {
            throw new IllegalArgumentException(rule.id() + ": say what is missing exactly when there is not enough data");
        }
    }

    /**
     * ACT: the threshold is met. WATCH: one step short of it. OK: neither, on enough data.
     * NOT_ENOUGH_DATA: neither, and too little data to say the sign is absent.
     */
    public enum State {
        OK, WATCH, ACT, NOT_ENOUGH_DATA;

        /** "ok", "watch", "act", "not-enough-data": the form used in JSON and style classes. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** "OK", "Watch", "Act", "Not enough data": the form on screen. */
        public String label() {
            return switch (this) {
                case OK -> "OK";
                case WATCH -> "Watch";
                case ACT -> "Act";
                case NOT_ENOUGH_DATA -> "Not enough data";
            };
        }
    }

    public String id() {
        return rule.id();
    }

    public String title() {
        return rule.title();
    }

    public Evidence evidence() {
        return rule.evidence();
    }

    /** One line for a chip, a table cell or JSON: the finding, or what is missing. */
    public String detail() {
        if (state != State.NOT_ENOUGH_DATA) {
            return finding;
        }
        String needs = "Not enough data: " + missing;
        return finding.isEmpty() ? needs + "." : needs + ". " + finding;
    }
}
