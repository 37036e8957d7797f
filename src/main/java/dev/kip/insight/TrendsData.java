package dev.kip.insight;

import dev.kip.domain.NightSleep;
import dev.kip.domain.RegionDay;
import dev.kip.domain.SessionBest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the journal holds for a Trends range, from {@link TrendsRequest#dataFrom()} to its end:
 * sleep per night (diary, else device), each session's best e1RM per exercise (main lifts and the
 * chosen lift), marks per region and day, and the nights left out of the sleep figures: a device
 * recorded only time in bed and the diary has no entry, so how long the person slept is unknown.
 */
public record TrendsData(List<NightSleep> nights, List<SessionBest> sessionBests, List<RegionDay> marks,
                         List<LocalDate> sleepLeftOut) {
    public TrendsData {
        nights = List.copyOf(nights);
        sessionBests = List.copyOf(sessionBests);
        marks = List.copyOf(marks);
        sleepLeftOut = List.copyOf(sleepLeftOut);
    }

    /** The part a request needs, cut from data covering more (e.g. the whole journal, loaded once). */
    public TrendsData slice(TrendsRequest request) {
        LocalDate lead = request.dataFrom();
        return new TrendsData(between(nights, lead, request.to(), NightSleep::date),
                between(sessionBests, lead, request.to(), SessionBest::date),
                between(marks, request.from(), request.to(), RegionDay::date),
                between(sleepLeftOut, request.from(), request.to(), Function.identity()));
    }

    /**
     * This data with the entries of {@code days} replaced by {@code fresh}, which holds what those days
     * hold now (read day by day, oldest first): the same lists, in the same order, as reading everything again.
     */
    public TrendsData replacingDays(Set<LocalDate> days, TrendsData fresh) {
        return new TrendsData(replaced(nights, fresh.nights, days, NightSleep::date),
                replaced(sessionBests, fresh.sessionBests, days, SessionBest::date),
                replaced(marks, fresh.marks, days, RegionDay::date),
                replaced(sleepLeftOut, fresh.sleepLeftOut, days, Function.identity()));
    }

    /**
     * Lists are oldest first, a day's entries in the order its query gives them, and {@code fresh} holds entries
     * of {@code days} only: the runs of {@code kept} between those days are copied whole, each day's fresh
     * entries put in its place (found by binary search: a saved night touches one day of ten years' lists).
     */
    private static <T> List<T> replaced(List<T> kept, List<T> fresh, Set<LocalDate> days, Function<T, LocalDate> date) {
        List<T> out = new ArrayList<>(kept.size() + fresh.size());
        int k = 0;
        int f = 0;
        for (LocalDate day : new TreeSet<>(days)) {
            int start = firstOnOrAfter(kept, k, day, date);
            out.addAll(kept.subList(k, start));
            while (f < fresh.size() && !date.apply(fresh.get(f)).isAfter(day)) {
                out.add(fresh.get(f++));
            }
            k = firstOnOrAfter(kept, start, day.plusDays(1), date);
        }
        out.addAll(kept.subList(k, kept.size()));
        out.addAll(fresh.subList(f, fresh.size()));
        return out;
    }

    /** The entries of a list oldest first dated {@code from} to {@code to}, both included. */
    private static <T> List<T> between(List<T> sorted, LocalDate from, LocalDate to, Function<T, LocalDate> date) {
        int start = firstOnOrAfter(sorted, 0, from, date);
        return sorted.subList(start, Math.max(start, firstOnOrAfter(sorted, start, to.plusDays(1), date)));
    }

    /** The index of the first entry from {@code lo} on dated {@code day} or later, in a list oldest first. */
    private static <T> int firstOnOrAfter(List<T> sorted, int lo, LocalDate day, Function<T, LocalDate> date) {
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (date.apply(sorted.get(mid)).isBefore(day)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
