package dev.kip.domain;

import java.time.LocalDate;

/** A region's soreness and pain on one day, each 0–10 (0 also when not marked). The two scales are never mixed. */
public record RegionDay(LocalDate date, String regionId, int soreness, int pain) {
}
