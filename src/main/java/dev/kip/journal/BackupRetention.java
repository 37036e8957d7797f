package dev.kip.journal;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which automatic daily backups to keep. Dates are taken newest first: the 7 newest are the
 * daily backups; of the dates older than those, each ISO week's newest date is that week's
 * weekly backup, and the 4 newest weekly backups are kept. Everything else may be deleted.
 * A week partly covered by the daily backups still gets a weekly backup from its older days,
 * so the rule looks at dates only and never at today's date.
 */
public final class BackupRetention {
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;

    private BackupRetention() {
    }

    /** The dates to keep, out of the dates of the existing daily backups. */
    public static Set<LocalDate> keep(Collection<LocalDate> dates) {
        List<LocalDate> newestFirst = new TreeSet<>(dates).descendingSet().stream().toList();
        Set<LocalDate> keep = new TreeSet<>(newestFirst.subList(0, Math.min(DAILY, newestFirst.size())));
        Map<Long, LocalDate> newestOfWeek = new LinkedHashMap<>();
        for (LocalDate d : newestFirst.subList(keep.size(), newestFirst.size())) {
            newestOfWeek.putIfAbsent(isoWeek(d), d);
        }
        keep.addAll(newestOfWeek.values().stream().limit(WEEKLY).collect(Collectors.toList()));
        return keep;
    }

    /** Week-based year and ISO week as one sortable number: 2027-01-01 is in 2026-W53. */
    private static long isoWeek(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) * 100L + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
