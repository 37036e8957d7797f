package dev.kip.insight;

import java.time.LocalDate;

/** One value on one calendar day: a point of a time series (sleep minutes, e1RM kg, performance %, …). */
public record DayValue(LocalDate date, double value) {
}
