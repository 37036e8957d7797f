package dev.kip.journal;

import java.time.LocalDate;

/** The best e1RM (kg) one session reached on one exercise, with the set that reached it. */
public record SessionE1rm(LocalDate date, long workoutId, double e1rmKg, double weightKg, int reps) {
}
