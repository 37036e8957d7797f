package dev.kip.insight;

import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sleep per night from two sources: the diary wins over a device. */
public final class NightSleeps {

    private NightSleeps() {
    }

    /**
     * One entry per date, oldest first: the diary night where there is one (its total sleep time and
     * final awakening), else the device night.
     *
     * @param device at most one per date (the journal picks the longest when several sources recorded one)
     */
    public static List<NightSleep> merge(Collection<Night> diary, Collection<NightSleep> device) {
        Map<LocalDate, NightSleep> byDate = new TreeMap<>();
        for (NightSleep d : device) {
            byDate.put(d.date(), d);
        }
        for (Night n : diary) {
            byDate.put(n.date(), new NightSleep(n.date(), SleepMetrics.of(n).tstMin(), n.finalWake(), true));
        }
        return new ArrayList<>(byDate.values());
    }
}
