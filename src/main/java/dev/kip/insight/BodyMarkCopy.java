package dev.kip.insight;

import dev.kip.domain.BodyMark;
import dev.kip.domain.RegionSymptom;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Copy yesterday" for an ongoing pain or soreness: the previous day's marks, re-dated, for every
 * region and kind not already marked on the day. What is already marked wins (it was entered on
 * purpose); the note comes along, the "next morning" flag does not (it described that morning).
 */
public final class BodyMarkCopy {
    private BodyMarkCopy() {
    }

    /** The marks to add on {@code date}, in the order of {@code previousDay}. */
    public static List<BodyMark> missingOn(LocalDate date, List<BodyMark> previousDay, List<BodyMark> day) {
        Set<RegionSymptom> taken = new HashSet<>();
        for (BodyMark m : day) {
            taken.add(new RegionSymptom(m.regionId(), m.kind()));
        }
        return previousDay.stream()
                .filter(m -> taken.add(new RegionSymptom(m.regionId(), m.kind())))
                .map(m -> new BodyMark(date, m.regionId(), m.kind(), m.level(), m.note(), false, m.details()))
                .toList();
    }
}
