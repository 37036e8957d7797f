package dev.kip.service;

import dev.kip.insight.Acwr;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/** The Load tab's figures: weekly session load (by Monday), today's acute:chronic ratio, hard sets per region. */
public record LoadSummary(NavigableMap<LocalDate, Double> weeklyLoad, Optional<Acwr> acwr, List<RegionSets> hardSets) {
}
