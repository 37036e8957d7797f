package dev.kip.insight;

import dev.kip.domain.DeviceNight;
import dev.kip.domain.Night;
import java.util.OptionalInt;

/**
 * A diary night beside the device's record of it: time in bed, asleep and awake in the night from
 * each, and whether they disagree by more than an hour asleep — which is right is the person's
 * call, never Kip's. Devices do not measure the time to fall asleep; the diary's is shown alone.
 */
public record SleepComparison(Night diary, DeviceNight device, SleepFigures diaryFigures) {

    /** More than this many minutes apart asleep, the two are flagged. */
    public static final int DISAGREEMENT_MIN = 60;

    public static SleepComparison of(Night diary, DeviceNight device) {
        return new SleepComparison(diary, device, SleepMetrics.of(diary));
    }

    /** Diary minus device, asleep; empty when the device recorded only time in bed (asleep unknown). */
    public OptionalInt asleepDifferenceMin() {
        return device.asleepMin() == null ? OptionalInt.empty() : OptionalInt.of(diaryFigures.tstMin() - device.asleepMin());
    }

    public boolean disagrees() {
        OptionalInt difference = asleepDifferenceMin();
        return difference.isPresent() && Math.abs(difference.getAsInt()) > DISAGREEMENT_MIN;
    }
}
