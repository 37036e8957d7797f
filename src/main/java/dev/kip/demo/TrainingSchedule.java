package dev.kip.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * When the demo lifter trains: 3–5 sessions a week on the four rotating templates, in blocks of
 * 4–7 weeks that build from RPE 7 to 9 and end in a deload week, with an occasional week or two
 * off. It also keeps the lifter's training age (weeks of effective training), which stands still
 * on plateaus and slips back during breaks; strength follows it (see {@link LiftSpec}).
 */
final class TrainingSchedule {

    /**
     * One planned session. {@code blockProgress} runs 0 → 1 through the hard weeks of a block and
     * sets the day's target effort.
     */
    record PlannedSession(LocalDate date, LocalTime start, SessionTemplate template, boolean deload, double blockProgress) {
        /** A session starting at 19:00 or later counts as late hard training for that night. */
        boolean late() {
            return start.getHour() >= 19;
        }
    }

    private static final Map<Integer, List<List<DayOfWeek>>> WEEK_PATTERNS = Map.of(
            3, List.of(List.of(MONDAY, WEDNESDAY, FRIDAY), List.of(MONDAY, WEDNESDAY, SATURDAY), List.of(TUESDAY, THURSDAY, SATURDAY)),
            4, List.of(List.of(MONDAY, TUESDAY, THURSDAY, SATURDAY), List.of(MONDAY, TUESDAY, THURSDAY, FRIDAY),
                    List.of(MONDAY, WEDNESDAY, THURSDAY, SATURDAY)),
            5, List.of(List.of(MONDAY, TUESDAY, WEDNESDAY, FRIDAY, SATURDAY), List.of(MONDAY, TUESDAY, THURSDAY, FRIDAY, SUNDAY)));

    private final List<PlannedSession> sessions = new ArrayList<>();
    private final NavigableMap<LocalDate, Double> ageByMonday = new TreeMap<>();

    private TrainingSchedule() {
    }

    static TrainingSchedule plan(LocalDate first, LocalDate last, Dice dice) {
        TrainingSchedule schedule = new TrainingSchedule();
        double age = 0;
        int templateIndex = 0;
        int blockLength = dice.between(4, 7);
        int blockWeek = 0;
        int breakWeeksLeft = 0;
        int plateauWeeksLeft = 0;
        int weeksToPlateau = dice.between(20, 40);
        for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(MONDAY)); !monday.isAfter(last);
                monday = monday.plusWeeks(1)) {
            schedule.ageByMonday.put(monday, age);
            if (breakWeeksLeft == 0 && dice.chance(1.0 / 30)) {
                breakWeeksLeft = dice.between(1, 2); // holiday or a cold
            }
            if (breakWeeksLeft > 0) {
                breakWeeksLeft--;
                age = Math.max(0, age - 1.5);
                blockWeek = 0; // back from a break, the block starts over
                continue;
            }
            boolean deload = blockWeek == blockLength - 1;
            double progress = deload ? 0 : blockWeek / (double) (blockLength - 2);
            int count = deload ? 3 : 3 + dice.weighted(20, 50, 30);
            for (DayOfWeek day : dice.pick(WEEK_PATTERNS.get(count))) {
                LocalDate date = monday.with(TemporalAdjusters.nextOrSame(day));
                if (!date.isBefore(first) && !date.isAfter(last)) {
                    SessionTemplate template = SessionTemplate.values()[templateIndex++ % SessionTemplate.values().length];
                    schedule.sessions.add(new PlannedSession(date, startTime(date, dice), template, deload, progress));
                }
            }
            if (plateauWeeksLeft > 0) {
                plateauWeeksLeft--;
                age += 0.1;
            } else {
                age += dice.between(0.6, 1.4);
                if (--weeksToPlateau == 0) {
                    plateauWeeksLeft = dice.between(6, 12);
                    weeksToPlateau = dice.between(20, 40);
                }
            }
            blockWeek++;
            if (blockWeek == blockLength) {
                blockWeek = 0;
                blockLength = dice.between(4, 7);
            }
        }
        return schedule;
    }

    /** Weekends mid-morning; weekdays mostly after work, some late evenings and a few early mornings. */
    private static LocalTime startTime(LocalDate date, Dice dice) {
        boolean weekend = date.getDayOfWeek() == SATURDAY || date.getDayOfWeek() == SUNDAY;
        int minutes;
        if (weekend) {
            minutes = dice.between(9 * 60 + 30, 11 * 60);
        } else {
            minutes = switch (dice.weighted(15, 60, 25)) {
                case 0 -> dice.between(6 * 60 + 15, 7 * 60);
                case 1 -> dice.between(17 * 60 + 30, 18 * 60 + 45);
                default -> dice.between(19 * 60, 20 * 60 + 30);
            };
        }
        return ClockTimes.at(ClockTimes.rounded(minutes, 5));
    }

    /** Sessions in date order. */
    List<PlannedSession> sessions() {
        return sessions;
    }

    /** Days with a session starting at 19:00 or later. */
    Set<LocalDate> lateSessionDays() {
        Set<LocalDate> days = new HashSet<>();
        for (PlannedSession s : sessions) {
            if (s.late()) {
                days.add(s.date());
            }
        }
        return days;
    }

    /** Weeks of effective training by the week of {@code date}. */
    double trainingAgeWeeks(LocalDate date) {
        return ageByMonday.floorEntry(date).getValue();
    }
}
