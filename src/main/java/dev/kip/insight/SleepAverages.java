package dev.kip.insight;

/** Means over the nights present in a window (missing nights are left out, not counted as zero). */
public record SleepAverages(int nights, double tstMin, double sePct, double quality) {
}
