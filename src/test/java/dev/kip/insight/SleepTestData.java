package dev.kip.insight;

import dev.kip.domain.Night;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Short-hand nights for the sleep tests: times as "HH:MM", quality and rested 3 unless given, slept in Berlin. */
final class SleepTestData {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private SleepTestData() {
    }

    static Night night(String date, String intoBed, String tried, int sol, int awakenings, int waso, String finalWake,
            String outOfBed) {
        return night(date, intoBed, tried, sol, awakenings, waso, finalWake, outOfBed, 3);
    }

    static Night night(String date, String intoBed, String tried, int sol, int awakenings, int waso, String finalWake,
            String outOfBed, int quality) {
        return new Night(LocalDate.parse(date), LocalTime.parse(intoBed), LocalTime.parse(tried), sol, awakenings, waso,
                LocalTime.parse(finalWake), LocalTime.parse(outOfBed), quality, 3, false, "", BERLIN);
    }

    /** The same night, slept in {@code zone}. */
    static Night inZone(Night n, ZoneId zone) {
        return new Night(n.date(), n.intoBed(), n.triedToSleep(), n.solMin(), n.awakenings(), n.wasoMin(), n.finalWake(),
                n.outOfBed(), n.quality(), n.rested(), n.wokeEarly(), n.note(), zone);
    }
}
