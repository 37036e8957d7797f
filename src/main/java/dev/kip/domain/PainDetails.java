package dev.kip.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The optional details of a pain mark: its character, when it shows and what it did to training.
 * Each may be null (not given); {@link #NONE} gives none, as every soreness mark has.
 */
public record PainDetails(PainCharacter character, PainTiming timing, TrainingEffect effect) {

    public static final PainDetails NONE = new PainDetails(null, null, null);

    public boolean isEmpty() {
        return character == null && timing == null && effect == null;
    }

    public PainDetails withCharacter(PainCharacter c) {
        return new PainDetails(c, timing, effect);
    }

    public PainDetails withTiming(PainTiming t) {
        return new PainDetails(character, t, effect);
    }

    public PainDetails withEffect(TrainingEffect e) {
        return new PainDetails(character, timing, e);
    }

    /** "sharp, during training, training modified": the details given, in that order; "" when none. */
    public String describe() {
        List<String> parts = new ArrayList<>(3);
        if (character != null) {
            parts.add(character.label());
        }
        if (timing != null) {
            parts.add(timing.label());
        }
        if (effect != null) {
            parts.add(effect.label());
        }
        return String.join(", ", parts);
    }
}
