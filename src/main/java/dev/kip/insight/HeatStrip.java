package dev.kip.insight;

import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.RegionDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Soreness and pain as a grid of regions × time columns, for a heat strip. Only regions marked at
 * least once in the range get a row, in the body-map catalog's order; the days of the range are
 * cut into {@code columns} equal spans (one day each when the range is short) and each cell holds
 * the highest level of its days, soreness and pain kept apart.
 */
public final class HeatStrip {
    private final LocalDate from;
    private final int days;
    private final int columns;
    private final List<String> regionIds;
    private final int[][] soreness;
    private final int[][] pain;

    private HeatStrip(LocalDate from, int days, int columns, List<String> regionIds, int[][] soreness, int[][] pain) {
        this.from = from;
        this.days = days;
        this.columns = columns;
        this.regionIds = List.copyOf(regionIds);
        this.soreness = soreness;
        this.pain = pain;
    }

    /** The grid of {@code marks} over from … to, at most {@code maxColumns} columns wide. */
    public static HeatStrip of(List<RegionDay> marks, LocalDate from, LocalDate to, int maxColumns) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range: 'to' (" + to + ") is before 'from' (" + from + ")");
        }
        if (maxColumns < 1) {
            throw new IllegalArgumentException("columns: expected at least 1, got " + maxColumns);
        }
        long first = from.toEpochDay();
        int days = (int) (to.toEpochDay() - first) + 1;
        int columns = Math.min(days, maxColumns);
        Set<String> marked = new HashSet<>();
        for (RegionDay m : marks) {
            if ((m.soreness() > 0 || m.pain() > 0) && inRange(m, from, to)) {
                marked.add(m.regionId());
            }
        }
        Map<String, Integer> row = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (BodyRegion r : BodyRegions.ALL) {
            if (marked.contains(r.id())) {
                row.put(r.id(), ids.size());
                ids.add(r.id());
            }
        }
        int[][] soreness = new int[ids.size()][columns];
        int[][] pain = new int[ids.size()][columns];
        for (RegionDay m : marks) {
            Integer r = row.get(m.regionId());
            if (r == null || !inRange(m, from, to)) {
                continue;
            }
            int column = (int) ((m.date().toEpochDay() - first) * columns / days);
            soreness[r][column] = Math.max(soreness[r][column], m.soreness());
            pain[r][column] = Math.max(pain[r][column], m.pain());
        }
        return new HeatStrip(from, days, columns, ids, soreness, pain);
    }

    private static boolean inRange(RegionDay m, LocalDate from, LocalDate to) {
        return !m.date().isBefore(from) && !m.date().isAfter(to);
    }

    /** The regions with a row, top to bottom. */
    public List<String> regionIds() {
        return regionIds;
    }

    public int columns() {
        return columns;
    }

    public int soreness(int row, int column) {
        return soreness[row][column];
    }

    public int pain(int row, int column) {
        return pain[row][column];
    }

    /** The first day a column covers. */
    public LocalDate columnStart(int column) {
        return from.plusDays(((long) column * days + columns - 1) / columns);
    }

    /** The last day a column covers. */
    public LocalDate columnEnd(int column) {
        return columnStart(column + 1).minusDays(1);
    }
}
