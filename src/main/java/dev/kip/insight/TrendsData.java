package dev.kip.insight;

import dev.kip.domain.NightSleep;
import dev.kip.domain.RegionDay;
import dev.kip.domain.SessionBest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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
        return new TrendsData(
                nights.stream().filter(n -> within(n.date(), lead, request.to())).toList(),
                sessionBests.stream().filter(b -> within(b.date(), lead, request.to())).toList(),
                marks.stream().filter(m -> within(m.date(), request.from(), request.to())).toList(),
                sleepLeftOut.stream().filter(d -> within(d, request.from(), request.to())).toList());
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

    /** Lists are oldest first, a day's entries in the order its query gives them: a stable sort by date keeps both. */
    private static <T> List<T> replaced(List<T> kept, List<T> fresh, Set<LocalDate> days, Function<T, LocalDate> date) {
        List<T> out = new ArrayList<>(kept.size() + fresh.size());
        for (T t : kept) {
            if (!days.contains(date.apply(t))) {
                out.add(t);
            }
        }
        out.addAll(fresh);
        out.sort(Comparator.comparing(date));
        return out;
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
