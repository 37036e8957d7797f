package dev.kip.demo;

import static dev.kip.demo.Numbers.clamp;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.RoomFeel;
import dev.kip.domain.ScreenTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lifter's nights and the evenings before them: bed about 23:00 on weeknights with a 07:00
 * alarm, later to bed and later up at weekends, the runs of short nights, and the usual sleep
 * killers (late caffeine, screens, late hard training, alcohol, a warm room) making nights worse.
 * Minutes are counted from midnight of the wake date, negative for the evening before.
 */
final class SleepSimulator {
    private static final double NIGHT_LOGGED = 0.85;
    private static final double FACTORS_LOGGED = 0.8;
    private static final int WEEKDAY_ALARM = 7 * 60;
    private static final List<String> NOTES = List.of(
            "Neighbours loud until late.", "Too hot to settle.", "Late dinner.", "Woke with a dry throat.",
            "Busy head about work.", "Slept like a log.", "Dog barking at 3.");

    private final Dice dice;
    private final ShortSleepRuns runs;
    private final Set<LocalDate> lateSessionDays;
    private final ZoneId zone;

    private SleepSimulator(Dice dice, ShortSleepRuns runs, Set<LocalDate> lateSessionDays, ZoneId zone) {
        this.dice = dice;
        this.zone = zone;
        this.runs = runs;
        this.lateSessionDays = lateSessionDays;
    }

    /**
     * Every night with wake date in first..last, slept in {@code zone}; {@code lateSessionDays} are days with a
     * session in the evening.
     */
    static SimulatedSleep simulate(LocalDate first, LocalDate last, Set<LocalDate> lateSessionDays, ZoneId zone,
            Dice dice) {
        SleepSimulator sim = new SleepSimulator(dice, ShortSleepRuns.plan(first, last, dice.split()), lateSessionDays, zone);
        List<Night> nights = new ArrayList<>();
        List<Factors> factors = new ArrayList<>();
        Map<LocalDate, Integer> tst = new HashMap<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            Factors evening = sim.evening(date);
            SleptNight night = sim.night(date, evening);
            tst.put(date, night.tstMin());
            if (dice.chance(NIGHT_LOGGED)) {
                nights.add(night.night());
                if (dice.chance(FACTORS_LOGGED)) {
                    factors.add(evening);
                }
            }
        }
        return new SimulatedSleep(nights, factors, tst);
    }

    private record SleptNight(Night night, int tstMin) {
    }

    private SleptNight night(LocalDate date, Factors evening) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean lateCaffeine = evening.lastCaffeine() != null && evening.lastCaffeine().getHour() >= 15;
        boolean drank = evening.alcoholDrinks() >= 2;
        int sol = clamp((int) Math.round(11 + dice.gauss(4) + (lateCaffeine ? 8 : 0)
                + (evening.screens() == ScreenTime.OVER_60 ? 6 : 0) + (evening.lateHardTraining() ? 9 : 0) - (drank ? 3 : 0)), 5, 30);
        int awakenings = clamp(dice.weighted(25, 35, 25, 10, 5) + (drank || evening.room() == RoomFeel.WARM ? 1 : 0), 0, 4);
        int waso = clamp(awakenings * dice.between(2, 9) + (drank ? 6 : 0), 0, 40);

        boolean wokeEarly;
        int wake;
        int tried;
        int bed;
        if (runs.contains(date)) {
            // A short night: to bed late and up early; 5–6 h asleep.
            wokeEarly = dice.chance(0.35);
            wake = (weekend ? 440 : WEEKDAY_ALARM - 45) + (int) Math.round(dice.gauss(10)) - (wokeEarly ? 30 : 0);
            tried = wake - dice.between(300, 360) - sol - waso;
            bed = tried - dice.between(0, 10);
        } else {
            wokeEarly = dice.chance(0.03);
            wake = weekend ? 495 + (int) Math.round(dice.gauss(35)) : WEEKDAY_ALARM + (int) Math.round(dice.gauss(8));
            if (wokeEarly) {
                wake -= dice.between(30, 60);
            }
            bed = weekend ? clamp(-20 + (int) Math.round(dice.gauss(30)), -80, 60)
                    : clamp(-60 + (int) Math.round(dice.gauss(20)), -100, -20);
            tried = bed + dice.between(0, 20);
        }
        int tst = wake - tried - sol - waso;
        int outOfBed = wake + (weekend ? dice.between(5, 40) : dice.between(2, 20));
        int quality = clamp((int) Math.round(3 + (tst - 420) / 75.0 - waso / 40.0 - (drank ? 0.5 : 0) + dice.gauss(0.6)), 1, 5);
        int rested = clamp((int) Math.round(3 + (tst - 420) / 60.0 - 0.15 * awakenings + dice.gauss(0.6)), 1, 5);
        String note = runs.reasonStartingOn(date).orElseGet(() -> randomNote(evening));
        Night night = new Night(date, ClockTimes.at(bed), ClockTimes.at(tried), sol, awakenings, waso, ClockTimes.at(wake),
                ClockTimes.at(outOfBed), quality, rested, wokeEarly, note, zone);
        return new SleptNight(night, tst);
    }

    private String randomNote(Factors evening) {
        if (evening.alcoholDrinks() >= 3 && dice.chance(0.5)) {
            return "Late night out.";
        }
        return dice.chance(0.03) ? dice.pick(NOTES) : "";
    }

    /** The evening before the night that ends on {@code date}: the factors row keyed by that date. */
    private Factors evening(LocalDate date) {
        LocalDate day = date.minusDays(1);
        boolean tired = runs.contains(day); // after a short night: more coffee, later, and maybe a nap
        int drinks = dice.weighted(8, 25, 35, 20, 10, 2) + (tired ? 1 : 0);
        // More drinks go with a later last one: 1 → about 09:10, 4 → about 14:10.
        LocalTime lastCaffeine = drinks == 0 ? null
                : ClockTimes.at(ClockTimes.rounded(clamp(450 + drinks * 100 + dice.gauss(60), 420, 1110), 15));
        boolean partyNight = day.getDayOfWeek() == DayOfWeek.FRIDAY || day.getDayOfWeek() == DayOfWeek.SATURDAY;
        int alcohol = partyNight ? (dice.chance(0.5) ? dice.between(1, 4) : 0) : (dice.chance(0.08) ? dice.between(1, 2) : 0);
        ScreenTime screens = ScreenTime.values()[dice.weighted(15, 35, 30, 20)];
        // Bedroom about 16.5 °C in January, 22.5 °C in late July.
        double temp = 19.5 + 3 * StrictMath.cos(2 * StrictMath.PI * (date.getDayOfYear() - 200) / 365.25) + dice.gauss(0.8);
        RoomFeel room = temp < 18.5 ? RoomFeel.COOL : temp > 22 ? RoomFeel.WARM : RoomFeel.OK;
        Double tempC = dice.chance(0.5) ? Numbers.toStep(temp, 0.5) : null;
        boolean napped = dice.chance(tired ? 0.3 : 0.05);
        LocalTime napStart = napped ? ClockTimes.at(ClockTimes.rounded(dice.between(13 * 60, 15 * 60 + 30), 5)) : null;
        int napMin = napped ? ClockTimes.rounded(dice.between(15, 60), 5) : 0;
        return new Factors(date, drinks, lastCaffeine, alcohol, screens, lateSessionDays.contains(day), room, tempC, napStart, napMin);
    }
}
