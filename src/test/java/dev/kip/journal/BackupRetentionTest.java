package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {

    private static List<LocalDate> everyDay(LocalDate from, LocalDate toInclusive) {
        return from.datesUntil(toInclusive.plusDays(1)).toList();
    }

    private static Set<LocalDate> dates(String... iso) {
        return new TreeSet<>(Stream.of(iso).map(LocalDate::parse).toList());
    }

    @Test
    void dailyBackupsForTwoMonthsEndingOnASunday() {
        // 2026-03-01 is a Sunday, so the 7 newest (Feb 23 – Mar 1) are exactly ISO week 9.
        // Weekly: the newest of weeks 8, 7, 6, 5 = the Sundays Feb 22, 15, 8 and 1. Weeks 4…1 go.
        Set<LocalDate> keep = BackupRetention.keep(everyDay(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01")));
        assertThat(keep).isEqualTo(dates("2026-02-01", "2026-02-08", "2026-02-15", "2026-02-22",
                "2026-02-23", "2026-02-24", "2026-02-25", "2026-02-26", "2026-02-27", "2026-02-28", "2026-03-01"));
    }

    @Test
    void aWeekPartlyCoveredByTheDailyBackupsKeepsItsNewestOlderDay() {
        // Ending Wednesday 2026-03-04 (week 10): daily = Feb 26 – Mar 4. Left of week 9 are Feb 23–25,
        // so Feb 25 is week 9's weekly; then the Sundays of weeks 8, 7 and 6.
        Set<LocalDate> keep = BackupRetention.keep(everyDay(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-04")));
        assertThat(keep).isEqualTo(dates("2026-02-08", "2026-02-15", "2026-02-22", "2026-02-25",
                "2026-02-26", "2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"));
    }

    @Test
    void isoWeeksAcrossTheYearEnd() {
        // 2026-12-28 (Mon) and 2027-01-01 (Fri) are both in ISO week 2026-W53: only the Friday stays.
        // Jan 4–10 2027 are the 7 daily; 2026-12-21 is week 52's weekly.
        Set<LocalDate> input = dates("2026-12-21", "2026-12-28", "2027-01-01", "2027-01-04", "2027-01-05", "2027-01-06",
                "2027-01-07", "2027-01-08", "2027-01-09", "2027-01-10");
        Set<LocalDate> keep = BackupRetention.keep(input);
        assertThat(keep).doesNotContain(LocalDate.parse("2026-12-28"))
                .contains(LocalDate.parse("2027-01-01"), LocalDate.parse("2026-12-21")).hasSize(9);
    }

    @Test
    void sparseBackupsOnlyKeepOnePerOldWeek() {
        // Opened irregularly: 7 newest kept whatever their spacing; older ones: one per week, four weeks.
        Set<LocalDate> input = dates("2026-01-05", "2026-01-06", "2026-01-13", "2026-01-20", "2026-01-27", "2026-02-03",
                "2026-03-01", "2026-03-10", "2026-03-20", "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04");
        // Daily: Apr 4, 3, 2, 1, Mar 20, 10, 1. Rest by week: Feb 3 (W6), Jan 27 (W5), Jan 20 (W4), Jan 13 (W3); Jan 5–6 (W2) go.
        assertThat(BackupRetention.keep(input)).isEqualTo(dates("2026-01-13", "2026-01-20", "2026-01-27", "2026-02-03",
                "2026-03-01", "2026-03-10", "2026-03-20", "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04"));
    }

    @Test
    void fewerThanSevenAreAllKept() {
        Set<LocalDate> input = dates("2025-06-01", "2026-01-01", "2026-03-01");
        assertThat(BackupRetention.keep(input)).isEqualTo(input);
        assertThat(BackupRetention.keep(List.of())).isEmpty();
    }

    @Property
    void keepsASubsetWithTheSevenNewestAtMostElevenAndIsStableWhenRepeated(
            @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 400) Integer> offsets) {
        LocalDate base = LocalDate.of(2026, 1, 1);
        TreeSet<LocalDate> input = new TreeSet<>(offsets.stream().map(base::plusDays).toList());
        Set<LocalDate> keep = BackupRetention.keep(input);
        assertThat(input).containsAll(keep);
        assertThat(keep).containsAll(input.descendingSet().stream().limit(BackupRetention.DAILY).toList());
        assertThat(keep.size()).isLessThanOrEqualTo(BackupRetention.DAILY + BackupRetention.WEEKLY);
        // Pruning again the next time changes nothing: kept weeklies are never eroded by re-applying the rule.
        assertThat(BackupRetention.keep(keep)).isEqualTo(keep);
    }
}
