package dev.kip.insight;

import java.util.Locale;

/**
 * One rule of the {@link RecoveryCheck}: its id (as in JSON), its state, its inputs and threshold
 * in words ("4 of the last 7 nights under 7 h (threshold: 3)") and the line of evidence it rests on.
 */
public record RuleResult(String rule, State state, String detail, Evidence evidence) {

    /** OK: nothing to do (also when there is too little data, which the detail says). WATCH: one step short of the threshold. ACT: the threshold is met. */
    public enum State {
        OK, WATCH, ACT;

        /** "ok", "watch", "act": the form used in JSON. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
