package dev.kip.domain;

import java.time.LocalDate;

/** Soreness or pain (0–10) in one region on one day; at most one per (date, region, kind). */
public record BodyMark(LocalDate date, String regionId, SymptomKind kind, int level, String note, boolean nextMorning) {
    public BodyMark {
        note = note == null ? "" : note;
    }
}
