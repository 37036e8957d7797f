package dev.kip.ui.bodymap;

import dev.kip.domain.SymptomKind;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.LongSupplier;

/**
 * What the level keys typed on the map mean together. "1" then "0" soon after, on the same region
 * and mode, is 10 (the "1" is reported first, as 1, then corrected). + and − step from the level
 * typed last, so two quick presses count twice even before the journal's answer has restyled the map.
 */
final class LevelTyping {

    /** How soon "0" must follow "1" to make 10, as when typing a two-digit number. */
    static final long TEN_WITHIN_NANOS = 1_500_000_000L;

    private final LongSupplier nanoClock;
    private String region;
    private SymptomKind kind;
    private int level = -1;
    private long oneTypedAt;
    private boolean afterOne;

    LevelTyping() {
        this(System::nanoTime);
    }

    LevelTyping(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** The level a digit stands for: the digit, or 10 for a "0" right after a "1". */
    int digit(String regionId, SymptomKind mode, int digit) {
        long now = nanoClock.getAsLong();
        boolean ten = digit == 0 && afterOne && same(regionId, mode) && now - oneTypedAt <= TEN_WITHIN_NANOS;
        int typed = ten ? RegionLevels.MAX : digit;
        remember(regionId, mode, typed);
        afterOne = digit == 1;
        oneTypedAt = now;
        return typed;
    }

    /** The level last typed or stepped to on this region and mode, if that was the last thing typed. */
    OptionalInt lastLevel(String regionId, SymptomKind mode) {
        return same(regionId, mode) && level >= 0 ? OptionalInt.of(level) : OptionalInt.empty();
    }

    void stepped(String regionId, SymptomKind mode, int newLevel) {
        remember(regionId, mode, newLevel);
        afterOne = false;
    }

    /** The map shows stored levels again: step from those (a "1" just typed still makes 10 with a "0"). */
    void forgetLevel() {
        level = -1;
    }

    /** Another region, another mode, or a clear: nothing typed before carries on. */
    void forget() {
        region = null;
        kind = null;
        level = -1;
        afterOne = false;
    }

    private boolean same(String regionId, SymptomKind mode) {
        return Objects.equals(region, regionId) && kind == mode;
    }

    private void remember(String regionId, SymptomKind mode, int typed) {
        region = regionId;
        kind = mode;
        level = typed;
    }
}
