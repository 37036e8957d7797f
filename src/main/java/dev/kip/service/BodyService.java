package dev.kip.service;

import dev.kip.domain.BodyMark;
import dev.kip.insight.BodyMarkCopy;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.Journal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The body map's marks: each change is one transaction and tells the views ({@link Change#BODY}).
 * Call it on the journal thread.
 */
public final class BodyService {
    private final BodyMarkStore marks;
    private final Changes changes;
    private final Clock clock;

    public BodyService(Journal journal, Changes changes, Clock clock) {
        this.marks = new BodyMarkStore(journal);
        this.changes = changes;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The marks from {@code from} to {@code to}, both included. */
    public List<BodyMark> between(LocalDate from, LocalDate to) {
        return marks.between(from, to);
    }

    /** Adds the mark, or replaces the one of the same day, region and kind. */
    public void put(BodyMark mark) {
        marks.put(mark);
        changes.publish(Change.BODY, Set.of(mark.date()));
    }

    /** Removes both kinds of mark of a region on a day; false when it had none. */
    public boolean clear(LocalDate date, String regionId) {
        boolean cleared = marks.clear(date, regionId, null);
        if (cleared) {
            changes.publish(Change.BODY, Set.of(date));
        }
        return cleared;
    }

    /** Copies the day before's marks that {@code date} lacks; returns those copied. */
    public List<BodyMark> copyDayBefore(LocalDate date) {
        List<BodyMark> toCopy = BodyMarkCopy.missingOn(date, marks.on(date.minusDays(1)), marks.on(date));
        if (!toCopy.isEmpty()) {
            marks.putAll(toCopy);
            changes.publish(Change.BODY, Set.of(date));
        }
        return toCopy;
    }
}
