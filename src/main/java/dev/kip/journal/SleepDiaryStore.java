package dev.kip.journal;

import dev.kip.domain.Diary;
import dev.kip.domain.DiaryEntry;
import dev.kip.domain.DiaryUndo;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A diary night together with its factors (the extras), written and removed as one: each call is
 * one transaction. Every change returns what it replaced, so the caller can undo it with
 * {@link #restore(DiaryUndo)}.
 */
public final class SleepDiaryStore {
    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private final Journal journal;
    private final NightStore nights;
    private final FactorsStore factors;

    public SleepDiaryStore(Journal journal, NightStore nights, FactorsStore factors) {
        this.journal = journal;
        this.nights = nights;
        this.factors = factors;
    }

    /** Diary nights and all factors, oldest first (two queries, for lists and exports). */
    public Diary all() {
        return between(FIRST, LAST);
    }

    /** The newest {@code count} diary nights and the factors from the oldest of them on, oldest first. */
    public Diary newest(int count) {
        return journal.read(() -> {
            List<Night> newest = new ArrayList<>(nights.latest(LAST, count));
            if (newest.isEmpty()) {
                return new Diary(List.of(), List.of());
            }
            Collections.reverse(newest);
            return new Diary(newest, factors.between(newest.get(0).date(), LAST));
        });
    }

    /** Diary nights and factors dated before {@code date}, oldest first. */
    public Diary before(LocalDate date) {
        return date.isAfter(FIRST) ? between(FIRST, date.minusDays(1)) : new Diary(List.of(), List.of());
    }

    private Diary between(LocalDate from, LocalDate to) {
        return journal.read(() -> new Diary(nights.between(from, to), factors.between(from, to)));
    }

    public Optional<DiaryEntry> find(LocalDate date) {
        return journal.read(() -> nights.find(date).map(n -> new DiaryEntry(n, factors.find(date).orElse(null))));
    }

    /** Adds a new night; a night already stored for that date is refused with a message offering to edit it. */
    public DiaryUndo add(DiaryEntry entry) {
        return journal.transaction(() -> {
            DiaryUndo before = snapshot(entry.date());
            nights.insert(entry.night());
            factors.put(entry.factors());
            return before;
        });
    }

    /**
     * Replaces the night stored under {@code original} by {@code entry}; when the date changed, the night
     * moves, and moving it onto another stored night is refused.
     */
    public DiaryUndo replace(LocalDate original, DiaryEntry entry) {
        return journal.transaction(() -> {
            DiaryUndo before = snapshot(original, entry.date());
            if (!original.equals(entry.date())) {
                if (nights.exists(entry.date())) {
                    throw new JournalException("There is already a night for " + entry.date() + "; edit that night instead.");
                }
                remove(original);
            }
            nights.put(entry.night());
            factors.put(entry.factors());
            return before;
        });
    }

    /** Removes the night and its factors. */
    public DiaryUndo delete(LocalDate date) {
        return journal.transaction(() -> {
            DiaryUndo before = snapshot(date);
            remove(date);
            return before;
        });
    }

    /** Puts back what a change replaced: stored entries return, dates that had none are emptied. */
    public void restore(DiaryUndo previous) {
        journal.transaction(() -> {
            previous.entries().forEach((date, entry) -> {
                remove(date);
                entry.ifPresent(e -> {
                    nights.put(e.night());
                    factors.put(e.factors());
                });
            });
            return null;
        });
    }

    private void remove(LocalDate date) {
        nights.delete(date);
        factors.delete(date);
    }

    private DiaryUndo snapshot(LocalDate... dates) {
        Map<LocalDate, Optional<DiaryEntry>> before = new LinkedHashMap<>();
        for (LocalDate d : dates) {
            before.put(d, find(d));
        }
        return new DiaryUndo(before);
    }
}
