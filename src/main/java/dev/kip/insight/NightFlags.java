package dev.kip.insight;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.RoomFeel;
import dev.kip.domain.ScreenTime;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The {@link SleepFlag}s of one night. Thresholds:
 * <ul>
 *   <li>SHORT: TST under 420 min (7 h); LOW_EFFICIENCY: SE under 85 %;</li>
 *   <li>IRREGULAR_WAKE: the wake-time SD over the 14 nights ending this one is over 60 min
 *       (worked out by the caller, see {@link SleepSummary});</li>
 *   <li>LATE_CAFFEINE: the last drink, placed at the latest occurrence of its clock time not
 *       after trying to sleep, falls after 14:00 on the day before the wake date (so 23:30 and
 *       00:30 before a midnight bedtime count, and 03:00 before a 07:00 day-sleep counts);
 *       not raised when 0 drinks were recorded;</li>
 *   <li>SCREENS: 30–60 or over 60 min; LATE_TRAINING: the factor says so;
 *       WARM_ROOM: the room felt warm or read over 20 °C.</li>
 * </ul>
 */
public final class NightFlags {

    static final int SHORT_BELOW_MIN = 7 * 60;
    static final double LOW_EFFICIENCY_BELOW_PCT = 85;
    static final double IRREGULAR_WAKE_SD_ABOVE_MIN = 60;
    static final LocalTime CAFFEINE_CUTOFF = LocalTime.of(14, 0);
    static final double WARM_ABOVE_C = 20;

    private NightFlags() {
    }

    /**
     * @param factors the night's factors, or null
     * @param wakeSdMin the wake-time SD over the 14 nights ending this one, empty when too few nights
     */
    public static Set<SleepFlag> of(Night night, SleepFigures figures, Factors factors, OptionalDouble wakeSdMin) {
        Set<SleepFlag> flags = EnumSet.noneOf(SleepFlag.class);
        if (figures.tstMin() < SHORT_BELOW_MIN) {
            flags.add(SleepFlag.SHORT);
        }
        if (figures.sePct() < LOW_EFFICIENCY_BELOW_PCT) {
            flags.add(SleepFlag.LOW_EFFICIENCY);
        }
        if (wakeSdMin.isPresent() && wakeSdMin.getAsDouble() > IRREGULAR_WAKE_SD_ABOVE_MIN) {
            flags.add(SleepFlag.IRREGULAR_WAKE);
        }
        if (factors != null) {
            if (lateCaffeine(night, figures, factors)) {
                flags.add(SleepFlag.LATE_CAFFEINE);
            }
            if (factors.screens() == ScreenTime.FROM_30_TO_60 || factors.screens() == ScreenTime.OVER_60) {
                flags.add(SleepFlag.SCREENS);
            }
            if (Boolean.TRUE.equals(factors.lateHardTraining())) {
                flags.add(SleepFlag.LATE_TRAINING);
            }
            if (factors.room() == RoomFeel.WARM || (factors.roomTempC() != null && factors.roomTempC() > WARM_ABOVE_C)) {
                flags.add(SleepFlag.WARM_ROOM);
            }
        }
        return flags;
    }

    private static boolean lateCaffeine(Night night, SleepFigures figures, Factors factors) {
        if (factors.lastCaffeine() == null || Integer.valueOf(0).equals(factors.caffeineDrinks())) {
            return false;
        }
        LocalDateTime drink = SleepTimeline.latestNotAfter(factors.lastCaffeine(),
                figures.triedToSleep().toLocalDateTime());
        return drink.isAfter(night.date().minusDays(1).atTime(CAFFEINE_CUTOFF));
    }
}
