package dev.kip.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.NightSleep;
import dev.kip.domain.RegionDay;
import dev.kip.domain.SessionBest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Slicing a range and replacing days cut and splice the lists by binary search; both are held against the
 * plain way (filter every entry; filter, append and sort stably by date) on random journals with gaps, several
 * entries on a day and days replaced at both ends.
 */
class TrendsDataTest {
    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    @Test
    void aSliceHoldsExactlyTheEntriesOfItsRangeAndLeadIn() {
        SplittableRandom random = new SplittableRandom(21);
        for (int trial = 0; trial < 200; trial++) {
            TrendsData all = journal(random, 120);
            LocalDate from = START.plusDays(random.nextInt(-80, 150));
            LocalDate to = from.plusDays(random.nextInt(0, 60));
            TrendsRequest request = new TrendsRequest(from, to, null, 1, 480, Set.of(1L));
            LocalDate lead = request.dataFrom();
            assertThat(all.slice(request)).isEqualTo(new TrendsData(
                    filtered(all.nights(), lead, to, NightSleep::date), filtered(all.sessionBests(), lead, to, SessionBest::date),
                    filtered(all.marks(), from, to, RegionDay::date), filtered(all.sleepLeftOut(), from, to, d -> d)));
        }
    }

    @Test
    void replacingDaysGivesWhatReadingEverythingAgainGives() {
        SplittableRandom random = new SplittableRandom(22);
        for (int trial = 0; trial < 300; trial++) {
            TrendsData kept = journal(random, 60);
            TrendsData now = journal(random, 60); // what the journal holds now, every day possibly different
            Set<LocalDate> days = new TreeSet<>();
            for (int i = random.nextInt(0, 5); i > 0; i--) {
                days.add(START.plusDays(random.nextInt(-3, 64))); // also days before and after everything
            }
            TrendsData fresh = new TrendsData(on(now.nights(), days, NightSleep::date), on(now.sessionBests(), days, SessionBest::date),
                    on(now.marks(), days, RegionDay::date), on(now.sleepLeftOut(), days, d -> d));
            assertThat(kept.replacingDays(days, fresh)).isEqualTo(new TrendsData(
                    plainly(kept.nights(), fresh.nights(), days, NightSleep::date),
                    plainly(kept.sessionBests(), fresh.sessionBests(), days, SessionBest::date),
                    plainly(kept.marks(), fresh.marks(), days, RegionDay::date),
                    plainly(kept.sleepLeftOut(), fresh.sleepLeftOut(), days, d -> d)));
        }
    }

    /** Random data over {@code days} days from START, oldest first: gaps, and up to three marks or bests a day. */
    private static TrendsData journal(SplittableRandom random, int days) {
        List<NightSleep> nights = new ArrayList<>();
        List<SessionBest> bests = new ArrayList<>();
        List<RegionDay> marks = new ArrayList<>();
        List<LocalDate> leftOut = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate d = START.plusDays(i);
            if (random.nextInt(4) > 0) {
                nights.add(new NightSleep(d, random.nextInt(300, 540), LocalTime.of(random.nextInt(5, 9), 0), NightSleep.DIARY));
            } else if (random.nextBoolean()) {
                leftOut.add(d);
            }
            for (int b = random.nextInt(0, 3); b > 0; b--) {
                bests.add(new SessionBest(d, i, b, random.nextInt(50, 200), 100, 5));
            }
            for (int m = random.nextInt(0, 4); m > 0; m--) {
                marks.add(new RegionDay(d, "region-" + random.nextInt(54), random.nextInt(11), random.nextInt(11)));
            }
        }
        return new TrendsData(nights, bests, marks, leftOut);
    }

    private static <T> List<T> filtered(List<T> list, LocalDate from, LocalDate to, Function<T, LocalDate> date) {
        return list.stream().filter(t -> !date.apply(t).isBefore(from) && !date.apply(t).isAfter(to)).toList();
    }

    private static <T> List<T> on(List<T> list, Set<LocalDate> days, Function<T, LocalDate> date) {
        return list.stream().filter(t -> days.contains(date.apply(t))).toList();
    }

    /** The days' old entries taken out, the fresh ones appended, a stable sort by date. */
    private static <T> List<T> plainly(List<T> kept, List<T> fresh, Set<LocalDate> days, Function<T, LocalDate> date) {
        List<T> out = new ArrayList<>(kept.stream().filter(t -> !days.contains(date.apply(t))).toList());
        out.addAll(fresh);
        out.sort(Comparator.comparing(date));
        return out;
    }
}
