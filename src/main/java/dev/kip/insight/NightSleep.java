package dev.kip.insight;

import dev.kip.domain.Night;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long the person slept on the night keyed {@code date} and when they woke: from the diary
 * (total sleep time, final awakening) when there is a diary night, else from a device (asleep
 * minutes, end of the recording). {@code wake} may be null for a device night without one.
 */
public record NightSleep(LocalDate date, int sleepMin, LocalTime wake, boolean fromDiary) {

    /**
     * One entry per date, oldest first: the diary night where there is one, else the device night.
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
