package dev.kip.insight;

import java.util.List;

/**
 * What the journal holds for a Trends range, from {@link TrendsRequest#dataFrom()} to its end:
 * sleep per night (diary, else device), each session's best e1RM per exercise (main lifts and the
 * chosen lift), and marks per region and day.
 */
public record TrendsData(List<NightSleep> nights, List<SessionBest> sessionBests, List<RegionDay> marks) {
    public TrendsData {
        nights = List.copyOf(nights);
        sessionBests = List.copyOf(sessionBests);
        marks = List.copyOf(marks);
    }
}
