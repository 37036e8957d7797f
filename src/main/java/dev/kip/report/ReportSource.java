package dev.kip.report;

import dev.kip.domain.BodyMark;
import dev.kip.domain.DeviceNight;
import dev.kip.domain.Exercise;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.NightTrust;
import dev.kip.domain.PsfsActivity;
import dev.kip.domain.PsfsRating;
import dev.kip.domain.SessionPain;
import dev.kip.domain.Settings;
import dev.kip.domain.SleepSourcePrefs;
import dev.kip.domain.Workout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything {@link ReportBuilder} reads: days {@code from} … {@code to}, both included, every list
 * oldest first. The service implements it over the journal, so the report itself never touches it.
 */
public interface ReportSource {
    /** The person's settings: units, e1RM formula, sleep target. */
    Settings settings();

    List<Night> nights(LocalDate from, LocalDate to);

    List<Factors> factors(LocalDate from, LocalDate to);

    List<Workout> workouts(LocalDate from, LocalDate to);

    List<BodyMark> marks(LocalDate from, LocalDate to);

    List<DeviceNight> deviceNights(LocalDate from, LocalDate to);

    /** Which device's night counts when several recorded one. */
    SleepSourcePrefs sleepSourcePrefs();

    /** The person's choice between the diary and a device, for the nights that have one. */
    Map<LocalDate, NightTrust> nightTrust(LocalDate from, LocalDate to);

    /** The exercise catalog. */
    List<Exercise> exercises();

    /** The main lifts' exercise ids in the strength index's order (squat, bench, deadlift, overhead press); missing ones left out. */
    List<Long> mainLifts();

    /** The pain felt during each session of the range, by workout id. */
    Map<Long, List<SessionPain>> painDuringSessions(LocalDate from, LocalDate to);

    /** The functional scale's activities, in the order named. */
    List<PsfsActivity> psfsActivities();

    List<PsfsRating> psfsRatingsUpTo(LocalDate to);
}
