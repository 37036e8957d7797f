package dev.kip.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a person types for an exercise, resolved against the catalog and its aliases at once, in
 * memory, so that Enter never waits for a suggestion list (a fast typist's "squat⏎" is Back Squat,
 * never a new exercise "squat"). In order: the name itself (case and spacing ignored), an alias,
 * the one name that starts with the text (or whose words start with its words), the one name or
 * alias within a typo or two of it. Anything else resolves to nothing: a new exercise is the
 * person's explicit choice.
 */
public final class ExerciseNames {
    /** How a text was resolved. */
    public enum How { EXACT, ALIAS, PREFIX, CLOSE }

    /** The catalog name a text resolves to, and how. */
    public record Match(String name, How how) {
    }

    private final Map<String, String> byKey = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();

    /**
     * {@code names} in catalog order; {@code aliases} from another name to a catalog name (aliases
     * of names not in the catalog, and aliases that are themselves catalog names, are ignored).
     */
    public ExerciseNames(List<String> names, Map<String, String> aliases) {
        names.forEach(n -> byKey.putIfAbsent(key(n), n));
        aliases.forEach((alias, target) -> {
            String name = byKey.get(key(target));
            if (name != null && !byKey.containsKey(key(alias))) {
                this.aliases.putIfAbsent(key(alias), name);
            }
        });
    }

    public static ExerciseNames empty() {
        return new ExerciseNames(List.of(), Map.of());
    }

    /** The catalog name {@code typed} clearly means, if there is one. */
    public Optional<Match> resolve(String typed) {
        String k = key(typed);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        if (byKey.containsKey(k)) {
            return Optional.of(new Match(byKey.get(k), How.EXACT));
        }
        if (aliases.containsKey(k)) {
            return Optional.of(new Match(aliases.get(k), How.ALIAS));
        }
        List<String> starting = byKey.entrySet().stream().filter(e -> e.getKey().startsWith(k)).map(Map.Entry::getValue).toList();
        if (starting.isEmpty()) {
            starting = byKey.entrySet().stream().filter(e -> wordsStart(e.getKey(), k)).map(Map.Entry::getValue).toList();
        }
        if (starting.size() == 1) {
            return Optional.of(new Match(starting.get(0), How.PREFIX));
        }
        return starting.isEmpty() ? closest(k).map(n -> new Match(n, How.CLOSE)) : Optional.empty();
    }

    /**
     * Up to {@code limit} catalog names for a suggestion list: those starting with the text, then
     * those whose words start with its words, then those containing it, then the close ones.
     */
    public List<String> suggestions(String typed, int limit) {
        String k = key(typed);
        Set<String> out = new LinkedHashSet<>();
        if (!k.isEmpty()) {
            resolve(typed).ifPresent(m -> out.add(m.name()));
            byKey.forEach((key, name) -> {
                if (key.startsWith(k)) {
                    out.add(name);
                }
            });
            byKey.forEach((key, name) -> {
                if (wordsStart(key, k)) {
                    out.add(name);
                }
            });
            byKey.forEach((key, name) -> {
                if (key.contains(k)) {
                    out.add(name);
                }
            });
            aliases.forEach((alias, name) -> {
                if (alias.contains(k)) {
                    out.add(name);
                }
            });
            byKey.forEach((key, name) -> {
                if (distance(key, k) <= allowedTypos(k) + 1) {
                    out.add(name);
                }
            });
        }
        return new ArrayList<>(out).subList(0, Math.min(limit, out.size()));
    }

    /** True when each typed word starts a word of the name, in order ("b sq" for "back squat"). */
    private static boolean wordsStart(String nameKey, String typedKey) {
        String[] words = nameKey.split("[ -]");
        int at = 0;
        for (String part : typedKey.split("[ -]")) {
            while (at < words.length && !words[at].startsWith(part)) {
                at++;
            }
            if (at == words.length) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** The one name that a name or alias within the allowed typos leads to; none when two tie. */
    private Optional<String> closest(String k) {
        int allowed = allowedTypos(k);
        if (allowed == 0) {
            return Optional.empty();
        }
        int best = Integer.MAX_VALUE;
        Set<String> found = new LinkedHashSet<>();
        Map<String, String> all = new LinkedHashMap<>(byKey);
        aliases.forEach(all::putIfAbsent);
        for (Map.Entry<String, String> e : all.entrySet()) {
            int d = distance(e.getKey(), k);
            if (d > allowed || d > best) {
                continue;
            }
            if (d < best) {
                best = d;
                found.clear();
            }
            found.add(e.getValue());
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** Short texts must be exact: one typo in four letters is another word. */
    private static int allowedTypos(String k) {
        return k.length() < 5 ? 0 : k.length() < 9 ? 1 : 2;
    }

    /** Edits (insert, delete, change, swap two neighbours) from one text to the other. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The form names are compared in: trimmed, inner spaces made one, lower-cased. */
    public static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
