package dev.kip.insight;

import java.util.List;

/** The seven rules' results, in a fixed order, and one suggestion drawn from them. */
public record RecoveryReport(List<RuleResult> rules, String suggestion, Evidence suggestionEvidence) {
    public RecoveryReport {
        rules = List.copyOf(rules);
    }
}
