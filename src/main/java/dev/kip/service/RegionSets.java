package dev.kip.service;

/** Hard sets on one body region: this ISO week, last week, and the average of the last four full weeks. */
public record RegionSets(String regionId, String regionName, double thisWeek, double lastWeek, double fourWeekAverage) {
}
