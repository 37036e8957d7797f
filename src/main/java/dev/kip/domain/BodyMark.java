package dev.kip.domain;

import java.time.LocalDate;

/**
 * Soreness or pain (0–10) in one region on one day; at most one per (date, region, kind). A pain
 * mark may carry {@link PainDetails}; a soreness mark never does.
 */
public record BodyMark(LocalDate date, String regionId, SymptomKind kind, int level, String note, boolean nextMorning,
                       PainDetails details) {
    public BodyMark {
        note = note == null ? "" : note;
        details = details == null || kind != SymptomKind.PAIN ? PainDetails.NONE : details;
    }

    /** A mark without pain details. */
    public BodyMark(LocalDate date, String regionId, SymptomKind kind, int level, String note, boolean nextMorning) {
        this(date, regionId, kind, level, note, nextMorning, PainDetails.NONE);
    }

    public BodyMark withDetails(PainDetails newDetails) {
        return new BodyMark(date, regionId, kind, level, note, nextMorning, newDetails);
    }

    public BodyMark withDate(LocalDate newDate) {
        return new BodyMark(newDate, regionId, kind, level, note, nextMorning, details);
    }
}
