package dev.kip.insight;

import dev.kip.domain.BodyMark;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import dev.kip.domain.SessionBest;
import dev.kip.domain.Workout;
import java.time.LocalDate;
import java.util.List;

/**
 * What the {@link RecoveryCheck} looks at, on the morning of {@code asOf}: at least the
 * {@value #HISTORY_DAYS} days ending at asOf (older data is ignored, later data too).
 *
 * @param nights        diary nights (for "rested")
 * @param sleep         sleep per night, diary else device ({@link NightSleep#merge})
 * @param workouts      sessions with their sets (RPE, "felt heavier", volume)
 * @param mainLiftBests each session's best e1RM on each main lift
 * @param targetMin     the person's sleep target
 */
public record RecoveryInputs(List<Night> nights, List<NightSleep> sleep, List<Factors> factors, List<Workout> workouts,
                             List<SessionBest> mainLiftBests, List<BodyMark> marks, LocalDate asOf, int targetMin) {

    /** The longest look back: 3 weeks of stall plus the 56-day performance window before them. */
    public static final int HISTORY_DAYS = RecoveryCheck.STALL_DAYS + Performance.WINDOW_DAYS;

    public RecoveryInputs {
        nights = List.copyOf(nights);
        sleep = List.copyOf(sleep);
        factors = List.copyOf(factors);
        workouts = List.copyOf(workouts);
        mainLiftBests = List.copyOf(mainLiftBests);
        marks = List.copyOf(marks);
        if (asOf == null) {
            throw new IllegalArgumentException("asOf: the date to check is needed");
        }
        if (targetMin <= 0) {
            throw new IllegalArgumentException("sleep target: expected a positive number of minutes, got " + targetMin);
        }
    }

    /** The first date the check looks at. */
    public static LocalDate historyFrom(LocalDate asOf) {
        return asOf.minusDays(HISTORY_DAYS - 1L);
    }
}
