package dev.kip.insight;

import java.time.LocalDate;

/** Sleep (minutes) lined up with the performance (%) of a session on {@code date}. */
public record SleepPerformancePair(LocalDate date, double sleepMin, double performancePct) {
}
