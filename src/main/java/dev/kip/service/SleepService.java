package dev.kip.service;

import dev.kip.domain.Diary;
import dev.kip.domain.DiaryEntry;
import dev.kip.domain.DiaryUndo;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.SleepDiaryStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The sleep diary: nights with their extras, each change one transaction that returns what it
 * replaced (for undo) and tells the views ({@link Change#NIGHTS}). Call it on the journal thread.
 */
public final class SleepService {
    private final SleepDiaryStore diary;
    private final SleepSourcesService sources;
    private final Changes changes;
    private final Clock clock;

    public SleepService(Journal journal, SleepSourcesService sources, Changes changes, Clock clock) {
        this.diary = new SleepDiaryStore(journal, new NightStore(journal), new FactorsStore(journal));
        this.sources = sources;
        this.changes = changes;
        this.clock = clock;
    }

    /** The diary beside the devices: which source stands for a night, and the person's choices of it. */
    public SleepSourcesService sources() {
        return sources;
    }

    /** The day a new entry is for: nights are keyed by the morning the person woke up. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every night and every night's extras, oldest first. */
    public Diary diary() {
        return diary.all();
    }

    /** The newest {@code count} nights and their extras, oldest first. */
    public Diary newest(int count) {
        return diary.newest(count);
    }

    /** The nights woken up before {@code date} and their extras, oldest first. */
    public Diary diaryBefore(LocalDate date) {
        return diary.before(date);
    }

    public Optional<DiaryEntry> find(LocalDate date) {
        return diary.find(date);
    }

    /** Adds a night; a night already stored for its date is refused. */
    public DiaryUndo add(DiaryEntry entry) {
        return changed(diary.add(entry));
    }

    /** Replaces the night stored under {@code original} (it may move to another date). */
    public DiaryUndo replace(LocalDate original, DiaryEntry entry) {
        return changed(diary.replace(original, entry));
    }

    public DiaryUndo delete(LocalDate date) {
        return changed(diary.delete(date));
    }

    /** Puts back what a change replaced. */
    public void restore(DiaryUndo undo) {
        diary.restore(undo);
        changes.publish(Change.NIGHTS, undo.entries().keySet());
    }

    /** The undo names every date the change touched (a moved night: both). */
    private DiaryUndo changed(DiaryUndo undo) {
        changes.publish(Change.NIGHTS, undo.entries().keySet());
        return undo;
    }
}
