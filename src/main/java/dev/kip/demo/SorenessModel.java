package dev.kip.demo;

import dev.kip.domain.BodyMark;
import dev.kip.domain.LiftSet;
import dev.kip.domain.RegionLoad;
import dev.kip.domain.SetType;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Soreness after training, in the regions a session loaded as primary (the catalog's 1.0 weight):
 * 3–6 the next morning, fading over 1–3 days; stronger when the area had a week or more off,
 * stronger and a day longer after short nights. Areas are sore on both sides, about equally.
 */
final class SorenessModel {
    private static final int MIN_HARD_SETS = 2;
    private static final double DAY_LOGGED = 0.85;

    private final DemoCatalog catalog;
    private final SimulatedSleep sleep;
    private final LocalDate last;
    private final Dice dice;
    private final Map<String, LocalDate> lastTrainedByArea = new HashMap<>();
    private final Map<LocalDate, Boolean> dayLogged = new HashMap<>();
    /** One mark per (date, region): the stronger wins when two sessions' soreness overlaps. */
    private final Map<String, BodyMark> marks = new LinkedHashMap<>();

    private SorenessModel(DemoCatalog catalog, SimulatedSleep sleep, LocalDate last, Dice dice) {
        this.catalog = catalog;
        this.sleep = sleep;
        this.last = last;
        this.dice = dice;
    }

    static List<BodyMark> marks(List<Workout> workouts, DemoCatalog catalog, SimulatedSleep sleep, LocalDate last, Dice dice) {
        SorenessModel model = new SorenessModel(catalog, sleep, last, dice);
        for (Workout w : workouts) {
            model.after(w);
        }
        return new ArrayList<>(model.marks.values());
    }

    private void after(Workout w) {
        boolean shortSleep = sleep.debtHours(w.date().plusDays(1)) >= 1.5;
        primarySetsByArea(w).forEach((area, regionSets) -> {
            int hardSets = regionSets.values().stream().max(Integer::compare).orElse(0);
            LocalDate previous = lastTrainedByArea.put(area, w.date());
            boolean unaccustomed = previous == null || ChronoUnit.DAYS.between(previous, w.date()) >= 7;
            if (hardSets < MIN_HARD_SETS || !dice.chance(unaccustomed ? 0.9 : 0.25 + 0.04 * hardSets)) {
                return;
            }
            int level = Numbers.clamp(3 + (hardSets >= 6 ? 1 : 0) + (unaccustomed ? 1 : 0) + (shortSleep ? 1 : 0)
                    + dice.between(0, 1), 3, 6);
            int days = dice.between(1, 3) + (shortSleep ? 1 : 0);
            for (int day = 1; day <= days && level >= 1; day++) {
                LocalDate date = w.date().plusDays(day);
                if (!date.isAfter(last) && logged(date)) {
                    for (String region : regionSets.keySet()) {
                        int sided = level + (dice.chance(0.25) ? dice.between(-1, 1) : 0);
                        put(new BodyMark(date, region, SymptomKind.SORENESS,
                                Numbers.clamp(sided, day == 1 ? 3 : 1, 6), "", day == 1));
                    }
                }
                level -= dice.between(1, 2);
            }
        });
    }

    /** Working sets per primary region, grouped by area (the region id without its side), in a stable order. */
    private Map<String, Map<String, Integer>> primarySetsByArea(Workout w) {
        Map<String, Map<String, Integer>> byArea = new TreeMap<>();
        for (LiftSet s : w.sets()) {
            if (s.type() == SetType.WARM_UP) {
                continue;
            }
            for (RegionLoad load : catalog.regions(s.exerciseId())) {
                if (load.weight() == RegionLoad.PRIMARY) {
                    String id = load.regionId();
                    String area = id.endsWith(".L") || id.endsWith(".R") ? id.substring(0, id.length() - 2) : id;
                    byArea.computeIfAbsent(area, a -> new TreeMap<>()).merge(id, 1, Integer::sum);
                }
            }
        }
        return byArea;
    }

    private boolean logged(LocalDate date) {
        return dayLogged.computeIfAbsent(date, d -> dice.chance(DAY_LOGGED));
    }

    private void put(BodyMark mark) {
        String key = mark.date() + " " + mark.regionId();
        BodyMark existing = marks.get(key);
        if (existing == null || mark.level() > existing.level()) {
            marks.put(key, mark);
        }
    }
}
