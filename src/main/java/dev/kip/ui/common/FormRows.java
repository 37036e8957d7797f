package dev.kip.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * Places a form grid's children in rows of two: each pair of children in FXML order is one row, its
 * {@link Label} in the first column and the field in the second. FXML's static properties
 * ({@code GridPane.rowIndex="3"}) are found by reflection, trying the node's class and each of its
 * superclasses and throwing an exception for every miss: forty of them cost a form about 17 ms at every load.
 */
public final class FormRows {
    private FormRows() {
    }

    /** @throws IllegalArgumentException when the children do not pair up as a label and a field */
    public static void place(GridPane grid) {
        List<Node> children = List.copyOf(grid.getChildren());
        if (children.size() % 2 != 0) {
            throw new IllegalArgumentException("form grid " + grid.getId() + ": expected pairs of a label and a field, found "
                    + children.size() + " children");
        }
        for (int i = 0; i < children.size(); i += 2) {
            Node a = children.get(i);
            Node b = children.get(i + 1);
            boolean labelFirst = a instanceof Label && !(b instanceof Label);
            if (!labelFirst && !(b instanceof Label)) {
                throw new IllegalArgumentException("form grid " + grid.getId() + ", row " + (i / 2 + 1)
                        + ": expected a label beside the field");
            }
            GridPane.setConstraints(labelFirst ? a : b, 0, i / 2);
            GridPane.setConstraints(labelFirst ? b : a, 1, i / 2);
        }
    }
}
