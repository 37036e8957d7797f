package dev.kip.insight;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks the sleep form and {@code kip sleep add} apply to a night (and its optional
 * factors). An empty list means the entry may be saved; the duplicate-night check belongs to
 * the store.
 *
 * <p>Clock times alone cannot be "before" one another across midnight, so the order is judged
 * on the {@link SleepTimeline}: each earlier event sits at the latest occurrence of its clock
 * time not after the next one, and an impossible order shows up as a gap too long to be real:
 * <ul>
 *   <li>into bed → tried to sleep over 12 h: tried to sleep is out of order
 *       (into bed 23:00, tried 22:45 would mean lying in bed 23 h 45 min first);</li>
 *   <li>final awakening → out of bed over 12 h: out of bed is out of order
 *       (final awakening 07:00, out of bed 06:50);</li>
 *   <li>into bed → out of bed of 0 min: out of bed must be after into bed;</li>
 *   <li>into bed → out of bed over 24 h (reported only when the two steps above pass; it
 *       catches tried to sleep and final awakening entered the wrong way round).</li>
 * </ul>
 * A clock time that did not exist in the zone (the spring-forward gap) is reported too.
 */
public final class NightValidator {

    /** Longest believable stretch from getting into bed to trying to sleep, and from waking to getting up. */
    static final Duration MAX_STEP = Duration.ofHours(12);
    static final Duration MAX_IN_BED = Duration.ofHours(24);
    static final int MAX_MINUTES = 1440;
    static final int MAX_AWAKENINGS = 100;
    static final int MAX_DRINKS = 50;
    static final int MAX_NAP_MIN = 600;
    static final double MIN_ROOM_C = -10;
    static final double MAX_ROOM_C = 45;

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private NightValidator() {
    }

    public static List<Problem> check(Night night, LocalDate today) {
        return check(night, null, today);
    }

    /** @param factors the night's extras, or null when none were entered */
    public static List<Problem> check(Night night, Factors factors, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        checkDate(night.date(), today, problems);
        // Non-short-circuit & so that every problem is reported at once, not one per attempt.
        boolean timesPresent = required(problems, "intoBed", "Into bed", night.intoBed())
                & required(problems, "triedToSleep", "Tried to sleep", night.triedToSleep())
                & required(problems, "finalWake", "The final awakening", night.finalWake())
                & required(problems, "outOfBed", "Out of bed", night.outOfBed());
        boolean countsValid = inRange(problems, "solMin", "Minutes to fall asleep", night.solMin(), 0, MAX_MINUTES)
                & inRange(problems, "awakenings", "Awakenings", night.awakenings(), 0, MAX_AWAKENINGS)
                & inRange(problems, "wasoMin", "Minutes awake during the night", night.wasoMin(), 0, MAX_MINUTES);
        inRange(problems, "quality", "Quality", night.quality(), 1, 5);
        inRange(problems, "rested", "Rested", night.rested(), 1, 5);
        if (night.wasoMin() > 0 && night.awakenings() == 0) {
            problems.add(new Problem("awakenings", "Minutes awake during the night (" + night.wasoMin()
                    + ") need at least one awakening"));
        }
        if (night.date() != null && timesPresent) {
            checkTimeline(night, countsValid, problems);
        }
        if (factors != null) {
            checkFactors(night, factors, problems);
        }
        return List.copyOf(problems);
    }

    private static void checkDate(LocalDate date, LocalDate today, List<Problem> problems) {
        if (date == null) {
            problems.add(new Problem("date", "Enter the date you woke up"));
        } else if (date.isAfter(today)) {
            problems.add(new Problem("date", "The date is in the future (" + date + ", today is " + today
                    + "): a night is entered under the date you woke up"));
        }
    }

    private static void checkTimeline(Night night, boolean countsValid, List<Problem> problems) {
        SleepTimeline t = SleepTimeline.resolve(night);
        ZoneId zone = night.zone();
        checkExists(problems, "intoBed", night.intoBed(), t.intoBed(), zone);
        checkExists(problems, "triedToSleep", night.triedToSleep(), t.triedToSleep(), zone);
        checkExists(problems, "finalWake", night.finalWake(), t.finalWake(), zone);
        checkExists(problems, "outOfBed", night.outOfBed(), t.outOfBed(), zone);

        Duration settling = Duration.between(t.intoBed(), t.triedToSleep());
        Duration lingering = Duration.between(t.finalWake(), t.outOfBed());
        Duration inBed = Duration.between(t.intoBed(), t.outOfBed());
        boolean orderOk = true;
        if (settling.compareTo(MAX_STEP) > 0) {
            orderOk = false;
            problems.add(new Problem("triedToSleep", "Tried to sleep must be between into bed and the final awakening"
                    + " (as entered it comes " + DurationFormat.text(settling.toMinutes()) + " after into bed)"));
        }
        if (lingering.compareTo(MAX_STEP) > 0) {
            orderOk = false;
            problems.add(new Problem("outOfBed", "Out of bed must be at or after the final awakening"
                    + " (as entered it comes " + DurationFormat.text(lingering.toMinutes()) + " after it)"));
        }
        if (inBed.isZero()) {
            orderOk = false;
            problems.add(new Problem("outOfBed", "Out of bed must be after into bed"));
        } else if (orderOk && inBed.compareTo(MAX_IN_BED) > 0) {
            orderOk = false;
            problems.add(new Problem("outOfBed", "More than 24 h in bed (" + DurationFormat.text(inBed.toMinutes()) + ", from "
                    + DAY_TIME.format(t.intoBed()) + " to " + DAY_TIME.format(t.outOfBed())
                    + "): check the times and their order"));
        }
        if (orderOk && countsValid) {
            int window = SleepMetrics.minutesBetween(t.triedToSleep(), t.finalWake());
            int awake = night.solMin() + night.wasoMin();
            if (awake > window) {
                problems.add(new Problem("wasoMin", "Minutes to fall asleep plus minutes awake (" + awake
                        + ") exceed the time between trying to sleep and the final awakening (" + window + ")"));
            }
        }
    }

    /** The timeline moves a clock time that never happened (spring-forward gap); say so. */
    private static void checkExists(List<Problem> problems, String field, LocalTime entered, ZonedDateTime resolved,
            ZoneId zone) {
        if (!resolved.toLocalTime().equals(entered)) {
            problems.add(new Problem(field, entered + " did not exist on " + resolved.toLocalDate() + " in " + zone
                    + " (the clocks went forward): enter the time the clock showed after the change"));
        }
    }

    private static void checkFactors(Night night, Factors f, List<Problem> problems) {
        if (f.date() != null && night.date() != null && !f.date().equals(night.date())) {
            problems.add(new Problem("date", "The factors are for " + f.date() + " but the night is " + night.date()));
        }
        inRange(problems, "caffeineDrinks", "Caffeine drinks", f.caffeineDrinks(), 0, MAX_DRINKS);
        inRange(problems, "alcoholDrinks", "Alcohol drinks", f.alcoholDrinks(), 0, MAX_DRINKS);
        inRange(problems, "napMin", "Nap minutes", f.napMin(), 0, MAX_NAP_MIN);
        if (f.lastCaffeine() != null && f.caffeineDrinks() != null && f.caffeineDrinks() == 0) {
            problems.add(new Problem("lastCaffeine",
                    "A last caffeine time was entered with 0 caffeine drinks: clear the time or enter the drinks"));
        }
        if (f.napStart() != null && (f.napMin() == null || f.napMin() == 0)) {
            problems.add(new Problem("napMin", "A nap start was entered: enter how many minutes the nap lasted"));
        }
        Double temp = f.roomTempC();
        if (temp != null && !(temp >= MIN_ROOM_C && temp <= MAX_ROOM_C)) {
            problems.add(new Problem("roomTempC", "Room temperature must be from " + (int) MIN_ROOM_C + " to "
                    + (int) MAX_ROOM_C + " °C (was " + temp + ")"));
        }
    }

    private static boolean required(List<Problem> problems, String field, String label, LocalTime value) {
        if (value == null) {
            problems.add(new Problem(field, label + " is missing: enter a clock time (HH:MM)"));
            return false;
        }
        return true;
    }

    /** Null (not recorded) passes; otherwise {@code min ≤ value ≤ max}. */
    private static boolean inRange(List<Problem> problems, String field, String label, Integer value, int min, int max) {
        if (value == null) {
            return true;
        }
        if (min == 0 && value < 0) {
            problems.add(new Problem(field, label + " must not be negative (was " + value + ")"));
            return false;
        }
        if (value < min || value > max) {
            problems.add(new Problem(field, label + " must be from " + min + " to " + max + " (was " + value + ")"));
            return false;
        }
        return true;
    }
}
