package dev.kip.journal;

import dev.kip.domain.LiftSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The sets table's CHECK constraints, each worded as the schema words it and tested in Java, for
 * {@link BulkWriter}: SQLite's own test of them was about a fifth of a large import's time. A set
 * that breaks one is refused with the error SQLite gives. {@code SetRulesTest} fails when the
 * schema's CHECKs and these differ, or when one judges a value otherwise than SQLite does.
 */
final class SetRules {

    private record Rule(String check, Predicate<LiftSet> holds) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("set_order >= 0", s -> s.order() >= 0),
            // Every SetType's name is one of these (SetRulesTest); a set without a type breaks NOT NULL, which SQLite checks.
            new Rule("set_type IN ('WARM_UP', 'WORKING', 'DROP', 'FAILURE')", s -> true),
            new Rule("weight_kg BETWEEN 0 AND 1000", s -> between(s.weightKg(), 0, 1000)),
            new Rule("reps BETWEEN 0 AND 1000", s -> between(s.reps(), 0, 1000)),
            new Rule("rpe BETWEEN 1 AND 10", s -> between(s.rpe(), 1, 10)),
            new Rule("rir BETWEEN 0 AND 10", s -> between(s.rir(), 0, 10)),
            new Rule("distance_m BETWEEN 0 AND 1000000", s -> between(s.distanceM(), 0, 1_000_000)),
            new Rule("seconds BETWEEN 0 AND 86400", s -> between(s.seconds(), 0, 86_400)));

    private SetRules() {
    }

    /** The CHECK constraints covered, as the schema words them. */
    static List<String> checks() {
        return RULES.stream().map(Rule::check).toList();
    }

    /** Throws SQLite's error for the first CHECK {@code set} breaks. */
    static void check(LiftSet set) throws SQLException {
        for (Rule rule : RULES) {
            if (!rule.holds().test(set)) {
                SQLiteErrorCode code = SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK;
                throw new SQLiteException(code + " (CHECK constraint failed: " + rule.check() + ")", code);
            }
        }
    }

    /** A NULL passes a CHECK; so does NaN, which SQLite stores as NULL. */
    private static boolean between(Number value, double min, double max) {
        if (value == null) {
            return true;
        }
        double v = value.doubleValue();
        return Double.isNaN(v) || v >= min && v <= max;
    }
}
