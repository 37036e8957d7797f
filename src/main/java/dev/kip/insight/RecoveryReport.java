package dev.kip.insight;

import dev.kip.insight.RuleResult.State;
import java.util.List;

/**
 * The seven rules' results in a fixed order, the state of the whole check, a headline that names
 * the rules behind it, and one suggestion drawn from them with the evidence it rests on.
 *
 * @param state ACT or WATCH when a rule says so; NOT_ENOUGH_DATA when no rule has enough data; else OK
 */
public record RecoveryReport(List<RuleResult> rules, State state, String headline, String suggestion,
                             Evidence suggestionEvidence) {
    public RecoveryReport {
        rules = List.copyOf(rules);
    }

    /** The rules in {@code state}, in the check's order. */
    public List<RuleResult> in(State state) {
        return rules.stream().filter(r -> r.state() == state).toList();
    }
}
