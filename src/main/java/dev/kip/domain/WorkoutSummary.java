package dev.kip.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One line of the workout list: the workout's own fields and what it holds, without its sets, so
 * that ten years of workouts list in one query. {@code exercises} names them in the order logged.
 */
public record WorkoutSummary(long id, LocalDate date, LocalTime start, Integer durationMin, Double sessionRpe,
                             boolean feltHeavier, int setCount, String exercises) {
}
