package dev.kip.insight;

import java.time.LocalDate;

/** A session's performance in percent of the recent best (100 = matched it). */
public record SessionPerformance(LocalDate date, long workoutId, double pct) {
}
