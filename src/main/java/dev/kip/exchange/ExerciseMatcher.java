package dev.kip.exchange;

import dev.kip.domain.Exercise;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches the exercise names of an export to the journal's catalog, clear matches only. In order:
 * the name itself (case and spacing ignored); an alias for the name with its equipment
 * ({@code Squat (Barbell)} → Back Squat); the equipment put in front ({@code Bench Press (Dumbbell)}
 * → Dumbbell Bench Press); the name without its equipment ({@code Bench Press (Barbell)} → Bench
 * Press); an alias for that. Anything else is not matched: the import creates it under its own name.
 * Aliases stored in the journal (what earlier imports matched, what the person chose) come before
 * all of these: a mapping once made is kept. Each match says which of these made it ({@link Reason}),
 * for the preview.
 */
public final class ExerciseMatcher {

    /** Why a name was matched to a catalog exercise, as the preview words it. */
    public enum Reason {
        /** The same name, case and spacing aside. */
        SAME_NAME("same name"),
        /** An alias stored in the journal: an earlier import's match or the person's choice. */
        STORED_ALIAS("stored alias"),
        /** One of the names the apps use for catalog lifts ({@link #knownAliases}). */
        BUILT_IN_RULE("built-in rule"),
        /** The name with its equipment moved in front or left out. */
        CLOSE_MATCH("close match");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A catalog exercise a name was matched to, and why. */
    public record Match(Exercise exercise, Reason reason) {
    }

    private static final Pattern EQUIPMENT = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)$");

    /** Names the apps use for catalog lifts; keys are {@link #key} forms. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("squat (barbell)", "Back Squat"),
            Map.entry("squat", "Back Squat"),
            Map.entry("barbell squat", "Back Squat"),
            Map.entry("incline bench press (dumbbell)", "Incline Dumbbell Press"),
            Map.entry("bicep curl (barbell)", "Barbell Curl"),
            Map.entry("bicep curl (dumbbell)", "Dumbbell Curl"),
            Map.entry("bent over row (barbell)", "Barbell Row"),
            Map.entry("bent over row (dumbbell)", "Dumbbell Row"),
            Map.entry("bent over row", "Barbell Row"),
            Map.entry("shoulder press (dumbbell)", "Dumbbell Shoulder Press"),
            Map.entry("overhead press (dumbbell)", "Dumbbell Shoulder Press"),
            Map.entry("pull up", "Pull-up"),
            Map.entry("pullup", "Pull-up"),
            Map.entry("chin up", "Chin-up"),
            Map.entry("chinup", "Chin-up"),
            Map.entry("push up", "Push-up"),
            Map.entry("pushup", "Push-up"),
            Map.entry("calf raise (standing)", "Standing Calf Raise"),
            Map.entry("calf raise (seated)", "Seated Calf Raise"));

    private static final Set<String> EQUIPMENT_WORDS = Set.of("barbell", "dumbbell", "kettlebell", "cable", "machine", "band",
            "bodyweight", "smith machine", "ez bar", "plate");

    private final Map<String, Exercise> byKey = new HashMap<>();

    /** Stored aliases by {@link #key}: the catalog name each stands for. */
    private final Map<String, String> stored = new HashMap<>();

    public ExerciseMatcher(List<Exercise> catalog) {
        this(catalog, Map.of());
    }

    /** {@code storedAliases}: names from earlier imports or the person, each with the catalog name it stands for. */
    public ExerciseMatcher(List<Exercise> catalog, Map<String, String> storedAliases) {
        catalog.forEach(this::add);
        storedAliases.forEach((alias, name) -> stored.put(key(alias), name));
    }

    /** The names the apps use for catalog lifts, each with the catalog name it stands for. */
    public static Map<String, String> knownAliases() {
        return ALIASES;
    }

    /** Adds an exercise (one the import has just created) so later names find it. */
    public void add(Exercise e) {
        byKey.putIfAbsent(key(e.name()), e);
    }

    /** The catalog exercise {@code fileName} clearly means, if there is one. */
    public Optional<Exercise> match(String fileName) {
        return explain(fileName).map(Match::exercise);
    }

    /** The catalog exercise {@code fileName} clearly means, if there is one, and why. */
    public Optional<Match> explain(String fileName) {
        String full = key(fileName);
        Optional<Match> found = Optional.ofNullable(stored.get(full)).flatMap(name -> find(key(name), Reason.STORED_ALIAS))
                .or(() -> find(full, Reason.SAME_NAME)).or(() -> alias(full));
        Matcher m = EQUIPMENT.matcher(full);
        if (found.isPresent() || !m.matches()) {
            return found;
        }
        String base = m.group(1);
        String equipment = equipment(m.group(2));
        return find(equipment + " " + base, Reason.CLOSE_MATCH).or(() -> alias(base + " (" + equipment + ")"))
                .or(() -> find(base, Reason.CLOSE_MATCH)).or(() -> alias(base));
    }

    /** The exercise called {@code name} (case and spacing aside), stored or created by this import. */
    public Optional<Exercise> named(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /**
     * The equipment a parenthesis names: FitNotes adds other words ({@code Each Side, Dumbbells}),
     * so the part that is an equipment word, in the singular; else the parenthesis as written.
     */
    private static String equipment(String parenthesis) {
        for (String part : parenthesis.split(",")) {
            String word = part.strip();
            String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            if (EQUIPMENT_WORDS.contains(singular)) {
                return singular;
            }
        }
        return parenthesis;
    }

    private Optional<Match> find(String key, Reason reason) {
        Exercise e = byKey.get(key);
        return e == null ? Optional.empty() : Optional.of(new Match(e, reason));
    }

    private Optional<Match> alias(String key) {
        String target = ALIASES.get(key);
        return target == null ? Optional.empty() : find(key(target), Reason.BUILT_IN_RULE);
    }

    /** True when {@code fileName} is not simply {@code e}'s own name (case and spacing aside): an alias worth keeping. */
    public static boolean isAlias(String fileName, Exercise e) {
        return !key(fileName).equals(key(e.name()));
    }

    /** The name as shown and stored for a new exercise: outer spaces trimmed, inner runs of spaces made one. */
    public static String clean(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    /** The form names are compared in: cleaned and lower-cased. */
    public static String key(String name) {
        return clean(name).toLowerCase(Locale.ROOT);
    }
}
