package dev.kip.insight;

import java.util.List;

/** The seven rules' results, in a fixed order, and one suggestion drawn from them. */
public record RecoveryReport(List<RuleResult> rules, String suggestion, Evidence suggestionEvidence) {
    public RecoveryReport {
        rules = List.copyOf(rules);
    }

    /** The worst state of any rule. */
    public RuleResult.State overall() {
        return rules.stream().map(RuleResult::state).max(Enum::compareTo).orElse(RuleResult.State.OK);
    }
}
