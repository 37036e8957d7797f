package dev.kip.ui.bodymap;

import dev.kip.domain.SymptomKind;

/**
 * What the body map shows for one region: soreness and pain, each 0–10. A value of 0 or -1
 * means "nothing recorded" and is drawn as an unmarked region.
 */
public record RegionLevels(int soreness, int pain) {

    public static final RegionLevels NONE = new RegionLevels(0, 0);
    /** The top of both scales. */
    public static final int MAX = 10;

    public RegionLevels {
        check(soreness, "soreness");
        check(pain, "pain");
    }

    private static void check(int level, String field) {
        if (level < -1 || level > MAX) {
            throw new IllegalArgumentException(field + " level " + level + " is out of range (expected -1 for none, or 0–10)");
        }
    }

    /** The level of one kind (-1 or 0 for none). */
    public int of(SymptomKind kind) {
        return kind == SymptomKind.PAIN ? pain : soreness;
    }

    public boolean hasSoreness() {
        return soreness > 0;
    }

    public boolean hasPain() {
        return pain > 0;
    }

    /** "soreness 4, pain 0": what the tooltip and the screen reader say after the region's name. */
    public String describe() {
        return "soreness " + Math.max(0, soreness) + ", pain " + Math.max(0, pain);
    }
}
