package dev.kip.report;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.RegionSymptom;
import dev.kip.domain.SymptomKind;
import dev.kip.report.ReportModel.BodySection;
import dev.kip.report.ReportModel.Change;
import dev.kip.report.ReportModel.Days;
import dev.kip.report.ReportModel.LevelMap;
import dev.kip.report.ReportModel.RegionRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * The body part of the summary, from the marks of a range. The first week is the range's first 7
 * days and the last week its last 7 (they overlap in ranges shorter than 14 days, and are the whole
 * range below 7). A level over some days is the mean of the days marked (unmarked days are unknown,
 * not 0), so it stays on the person's 0–10 scale; two marks of one kind on a day count as the higher.
 * A region and kind is new when it has no mark in the {@value ReportModel#NEW_AFTER_DAYS} days before
 * the range (the marks given may reach back that far); a quiet first week alone does not make it new.
 */
final class BodySummary {

    /** A change of at least this many points between the first and last week counts as worse or better. */
    static final double CHANGE_POINTS = 1.0;
    static final int WEEK_DAYS = 7;

    private BodySummary() {
    }

    static BodySection of(List<BodyMark> marks, LocalDate from, LocalDate to) {
        Days first = new Days(from, min(from.plusDays(WEEK_DAYS - 1L), to));
        Days last = new Days(max(to.minusDays(WEEK_DAYS - 1L), from), to);
        Map<RegionSymptom, TreeMap<LocalDate, Integer>> byDay = new HashMap<>();
        Set<RegionSymptom> markedBefore = markedBefore(marks, from);
        for (BodyMark m : marks) {
            if (!m.date().isBefore(from) && !m.date().isAfter(to) && m.level() > 0) {
                byDay.computeIfAbsent(new RegionSymptom(m.regionId(), m.kind()), s -> new TreeMap<>())
                        .merge(m.date(), m.level(), Math::max);
            }
        }
        List<RegionRow> rows = new ArrayList<>();
        byDay.forEach((series, days) -> {
            OptionalDouble firstLevel = mean(days, first);
            OptionalDouble lastLevel = mean(days, last);
            int peak = days.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            String name = BodyRegions.byId(series.regionId()).map(BodyRegion::name).orElse(series.regionId());
            rows.add(new RegionRow(series.regionId(), name, series.kind(), firstLevel, lastLevel, peak, days.size(),
                    markedBefore.contains(series) ? change(firstLevel, lastLevel) : Change.NEW));
        });
        // Pain before soreness; within a kind the worst first.
        rows.sort(Comparator.comparing((RegionRow r) -> r.kind() != SymptomKind.PAIN)
                .thenComparing(RegionRow::peak, Comparator.reverseOrder())
                .thenComparing(RegionRow::daysMarked, Comparator.reverseOrder())
                .thenComparing(RegionRow::regionId));
        return new BodySection(first, last, levels(byDay, first), levels(byDay, last), levels(byDay, new Days(from, to)), rows);
    }

    /** The region and kind pairs marked (above 0) in the {@value ReportModel#NEW_AFTER_DAYS} days before {@code from}. */
    private static Set<RegionSymptom> markedBefore(List<BodyMark> marks, LocalDate from) {
        LocalDate start = from.minusDays(ReportModel.NEW_AFTER_DAYS);
        Set<RegionSymptom> out = new HashSet<>();
        for (BodyMark m : marks) {
            if (m.level() > 0 && !m.date().isBefore(start) && m.date().isBefore(from)) {
                out.add(new RegionSymptom(m.regionId(), m.kind()));
            }
        }
        return out;
    }

    /** How a region marked before the range moved from the first week to the last. */
    static Change change(OptionalDouble first, OptionalDouble last) {
        if (first.isEmpty()) {
            return last.isEmpty() ? Change.NEITHER : Change.BACK;
        }
        if (last.isEmpty()) {
            return Change.RESOLVED;
        }
        double delta = last.getAsDouble() - first.getAsDouble();
        return delta >= CHANGE_POINTS ? Change.WORSE : delta <= -CHANGE_POINTS ? Change.BETTER : Change.SAME;
    }

    private static LevelMap levels(Map<RegionSymptom, TreeMap<LocalDate, Integer>> byDay, Days days) {
        Map<String, Double> soreness = new HashMap<>();
        Map<String, Double> pain = new HashMap<>();
        byDay.forEach((series, levels) -> mean(levels, days).ifPresent(level ->
                (series.kind() == SymptomKind.PAIN ? pain : soreness).put(series.regionId(), level)));
        return new LevelMap(soreness, pain);
    }

    private static OptionalDouble mean(TreeMap<LocalDate, Integer> levels, Days days) {
        return levels.subMap(days.from(), true, days.to(), true).values().stream().mapToInt(Integer::intValue).average();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
