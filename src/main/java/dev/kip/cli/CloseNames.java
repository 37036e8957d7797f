package dev.kip.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Names close to a mistyped one, for "did you mean" messages: containing it, or within a few edits
 * of the whole name or of one of its words ("Sqat" is one edit from the "Squat" of "Back Squat").
 */
final class CloseNames {
    private static final int MAX_EDITS = 3;
    private static final int MAX_SHOWN = 5;

    private CloseNames() {
    }

    static List<String> to(String wanted, List<String> names) {
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        return names.stream()
                .filter(n -> {
                    String l = n.toLowerCase(Locale.ROOT);
                    return l.contains(w) || w.contains(l) || closeness(l, w) <= MAX_EDITS;
                })
                .sorted(Comparator.comparingInt((String n) -> closeness(n.toLowerCase(Locale.ROOT), w)).thenComparing(n -> n))
                .limit(MAX_SHOWN)
                .toList();
    }

    /** The fewest edits from {@code wanted} to the name or to one of its words. */
    private static int closeness(String name, String wanted) {
        int best = distance(name, wanted);
        for (String word : name.split("[\\s-]+")) {
            best = Math.min(best, distance(word, wanted));
        }
        return best;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
