package dev.kip.ui.sleep;

import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.insight.NightHistory;
import dev.kip.insight.ScoredNight;
import javafx.collections.ObservableListBase;

/**
 * The rows of the past-nights list over a {@link NightHistory}: rows are scored as the table reads
 * them, and an edited night replaces only the rows it changes, so the table keeps its other cells.
 */
final class NightRows extends ObservableListBase<ScoredNight> {
    private final NightHistory history;

    NightRows(NightHistory history) {
        this.history = history;
    }

    NightHistory history() {
        return history;
    }

    /**
     * Puts an edited night (same date) in place and tells the table which rows changed, as updated rows:
     * a TableView takes rows replaced for a new list and rebuilds every visible cell, where updated rows
     * only re-read the cells whose night reads differently.
     */
    void replace(Night night, Factors factors) {
        NightHistory.Rows rows = history.rowsChangedBy(night.date());
        history.replace(night, factors);
        beginChange();
        for (int i = rows.from(); i <= rows.to(); i++) {
            nextUpdate(i);
        }
        endChange();
    }

    @Override
    public ScoredNight get(int index) {
        return history.get(index);
    }

    @Override
    public int size() {
        return history.size();
    }
}
