package dev.kip.insight;

import dev.kip.domain.NightSleep;
import dev.kip.domain.RegionDay;
import dev.kip.domain.SessionBest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the Trends charts and {@code kip trends} show for one range, built from
 * {@link TrendsData} by {@link #of}. Series are clipped to the range; the rolling figures look
 * back before it, so the first days of a range are as complete as the rest.
 *
 * @param sleep        sleep minutes per night (diary, else device)
 * @param sleepMean    the 7-night rolling mean
 * @param strength     per session: the lift's best e1RM (kg), or the strength index (%) when no lift is chosen
 * @param sessions     per session: performance (%) of the lift or the strength index, in range, for pairing
 * @param pairs        the sessions paired with sleep at lag 0 and the requested window
 * @param debt         14-night sleep debt (minutes) at each night
 * @param wakeSd       14-night wake-time SD (minutes) at each night
 * @param marks        marks per region and day in range
 * @param sleepByNight sleep minutes per night including the lead before the range (for the lags)
 * @param charted      sleep, strength, debt and wake SD as drawn: point by point in a short range, else their
 *                     weekly or monthly means with the lowest and highest values ({@link Aggregated.Bucket#forRange})
 * @param sleepSources the range's nights by the source their sleep figure comes from, the largest first
 */
public record TrendsModel(
        TrendsRequest request,
        List<DayValue> sleep,
        List<DayValue> sleepMean,
        List<DayValue> strength,
        List<SessionPerformance> sessions,
        List<SleepPerformancePair> pairs,
        List<DayValue> debt,
        List<DayValue> wakeSd,
        List<RegionDay> marks,
        Map<LocalDate, Integer> sleepByNight,
        int sleepLeftOut,
        Charted charted,
        Map<String, Integer> sleepSources) {

    /** The series as the charts draw them, all in one bucket. */
    public record Charted(Aggregated sleep, Aggregated strength, Aggregated debt, Aggregated wakeSd) {
        public Aggregated.Bucket bucket() {
            return sleep.bucket();
        }
    }

    public static TrendsModel of(TrendsData data, TrendsRequest request) {
        List<DayValue> nightly = new ArrayList<>();
        Map<LocalDate, Integer> sleepByNight = new HashMap<>();
        for (NightSleep n : data.nights()) {
            nightly.add(new DayValue(n.date(), n.sleepMin()));
            sleepByNight.put(n.date(), n.sleepMin());
        }
        List<SessionPerformance> performance = request.strengthIndex()
                ? Performance.strengthIndex(data.sessionBests(), request.mainLiftIds())
                : Performance.forLift(data.sessionBests(), request.liftId());
        List<SessionPerformance> sessions = clip(performance, request);
        List<DayValue> strength = request.strengthIndex()
                ? sessions.stream().map(s -> new DayValue(s.date(), s.pct())).toList()
                : bestPerDay(data.sessionBests(), request);
        List<DayValue> sleep = inRange(nightly, request);
        List<DayValue> debt = inRange(TrendSeries.sleepDebt(nightly, request.targetMin()), request);
        List<DayValue> wakeSd = inRange(TrendSeries.wakeSd(data.nights()), request);
        Aggregated.Bucket bucket = Aggregated.Bucket.forRange(request.from(), request.to());
        return new TrendsModel(request,
                sleep,
                inRange(TrendSeries.rollingMean(nightly), request),
                strength,
                sessions,
                SleepPairing.pair(sleepByNight, sessions, 0, request.window()),
                debt,
                wakeSd,
                data.marks().stream().filter(m -> within(m.date(), request)).toList(),
                Collections.unmodifiableMap(sleepByNight),
                (int) data.sleepLeftOut().stream().filter(d -> within(d, request)).count(),
                new Charted(Aggregated.of(sleep, bucket), Aggregated.of(strength, bucket), Aggregated.of(debt, bucket),
                        Aggregated.of(wakeSd, bucket)),
                Collections.unmodifiableMap(NightSourceChoice.countBySource(
                        data.nights().stream().filter(n -> within(n.date(), request)).toList())));
    }

    /**
     * Says how many nights of the range have no sleep figure because a device recorded only time in
     * bed and the diary has no entry for them; empty when there are none. Such nights are left out,
     * never read as 0 h.
     */
    public Optional<String> sleepLeftOutNote() {
        if (sleepLeftOut == 0) {
            return Optional.empty();
        }
        return Optional.of(sleepLeftOut + (sleepLeftOut == 1 ? " night is" : " nights are") + " left out of the sleep figures: "
                + "a device recorded only time in bed, and the diary has no entry for " + (sleepLeftOut == 1 ? "it." : "them."));
    }

    /** "Sleep: diary on 61 nights, Garmin on 23." — where the range's sleep figures come from; empty without nights. */
    public Optional<String> sleepSourcesNote() {
        if (sleepSources.isEmpty()) {
            return Optional.empty();
        }
        String text = NightSourceChoice.describe(sleepSources);
        return Optional.of("S" + text.substring(1) + ".");
    }

    /** The correlation at each lag 0–3 for this range, lift and window (the slow part: run it off the UI thread). */
    public SortedMap<Integer, Correlation> correlationsByLag() {
        return LagCorrelations.of(sleepByNight, sessions, request.window());
    }

    /** As {@link #correlationsByLag}, each lag taken from {@code before} (the same request's, or none) when its pairs are the same. */
    public List<LagCorrelations.Lag> lags(List<LagCorrelations.Lag> before) {
        return LagCorrelations.of(sleepByNight, sessions, request.window(), before);
    }

    /** Whether every lag of {@code before} (the same request's) has the pairs this model gives. */
    public boolean sameLags(List<LagCorrelations.Lag> before) {
        return LagCorrelations.unchanged(sleepByNight, sessions, request.window(), before);
    }

    private static List<DayValue> bestPerDay(List<SessionBest> bests, TrendsRequest request) {
        TreeMap<LocalDate, Double> byDay = new TreeMap<>();
        for (SessionBest b : bests) {
            if (b.exerciseId() == request.liftId() && within(b.date(), request)) {
                byDay.merge(b.date(), b.bestE1rm(), Math::max);
            }
        }
        List<DayValue> out = new ArrayList<>(byDay.size());
        byDay.forEach((d, v) -> out.add(new DayValue(d, v)));
        return out;
    }

    private static List<SessionPerformance> clip(List<SessionPerformance> all, TrendsRequest request) {
        return all.stream().filter(s -> within(s.date(), request)).toList();
    }

    private static List<DayValue> inRange(List<DayValue> series, TrendsRequest request) {
        return series.stream().filter(v -> within(v.date(), request)).toList();
    }

    private static boolean within(LocalDate d, TrendsRequest request) {
        return !d.isBefore(request.from()) && !d.isAfter(request.to());
    }
}
