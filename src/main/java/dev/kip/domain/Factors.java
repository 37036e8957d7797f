package dev.kip.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The optional sleep-diary extras for the night keyed {@code date} (the evening before that
 * morning): the usual sleep killers. Every field may be null: "not recorded".
 */
public record Factors(
        LocalDate date,
        Integer caffeineDrinks,
        LocalTime lastCaffeine,
        Integer alcoholDrinks,
        ScreenTime screens,
        Boolean lateHardTraining,
        RoomFeel room,
        Double roomTempC,
        LocalTime napStart,
        Integer napMin) {

    public static Factors none(LocalDate date) {
        return new Factors(date, null, null, null, null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return caffeineDrinks == null && lastCaffeine == null && alcoholDrinks == null && screens == null
                && lateHardTraining == null && room == null && roomTempC == null && napStart == null
                && napMin == null;
    }
}
