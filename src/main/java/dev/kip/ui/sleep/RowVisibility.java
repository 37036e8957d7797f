package dev.kip.ui.sleep;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Whether a table row is in view, so selecting it need not scroll: {@code scrollTo} lays out the
 * rows again even when nothing moves.
 */
final class RowVisibility {
    private RowVisibility() {
    }

    /**
     * True when row {@code index} is wholly in view, or the table is not laid out yet and the
     * controller's scroll (to three rows above it) would only go to row 0, where such a table opens.
     */
    static boolean shown(TableView<?> table, int index) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return index <= 3;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && first.getIndex() < index && index < last.getIndex();
    }
}
