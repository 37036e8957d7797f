package dev.kip.bench;

import javafx.scene.Parent;
import javafx.scene.control.TableView;

/** Selects the newest night in the Sleep view's list, which loads it into the form for editing. */
final class TableLookup {
    private TableLookup() {
    }

    static void selectNewest(Parent view) {
        TableView<?> table = (TableView<?>) view.lookup("#nights");
        table.getSelectionModel().select(0);
    }
}
