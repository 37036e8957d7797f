package dev.kip.exchange;

/**
 * Where the person wants the sets of one exercise name in a file to go, chosen in the import
 * preview: to catalog exercise {@code exerciseId}, or, with {@code exerciseId} null, to a new
 * exercise of the file's name. The import stores the choice as an alias, so the next import of
 * the name needs none.
 */
public record ExerciseChoice(String fileName, Long exerciseId) {

    public static ExerciseChoice mapTo(String fileName, long exerciseId) {
        return new ExerciseChoice(fileName, exerciseId);
    }

    public static ExerciseChoice keepAsNew(String fileName) {
        return new ExerciseChoice(fileName, null);
    }

    public boolean keepsAsNew() {
        return exerciseId == null;
    }
}
