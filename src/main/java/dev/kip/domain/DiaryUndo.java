package dev.kip.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** What a change replaced: for each date it touched, the entry stored before, or empty when there was none. */
public record DiaryUndo(Map<LocalDate, Optional<DiaryEntry>> entries) {
    public DiaryUndo {
        entries = Map.copyOf(entries);
    }
}
