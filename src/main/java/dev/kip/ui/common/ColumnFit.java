package dev.kip.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps a table's columns wide enough for their heading and their widest value at the size the text
 * is shown in. A width in pixels fits one text size only, and a date cut to "2026-1…" is no date.
 */
public final class ColumnFit {
    private static final String WIDEST = "dev.kip.ui.common.ColumnFit.widest";

    private ColumnFit() {
    }

    /** {@code column} must show {@code widest} whole (for instance "Wed 30 Sep 2026" for a date). */
    public static void widest(TableColumn<?, ?> column, String widest) {
        column.getProperties().put(WIDEST, widest);
    }

    /** Makes {@code table}'s columns at least as wide as their heading and their widest value, after each layout. */
    public static void install(TableView<?> table) {
        table.needsLayoutProperty().addListener((obs, was, now) -> {
            if (!now) {
                fit(table);
            }
        });
    }

    private static void fit(TableView<?> table) {
        Node heading = table.lookup(".column-header .label");
        if (!(heading instanceof Labeled label)) {
            return;
        }
        double padding = padding(table.lookup(".table-cell"), label);
        Text probe = new Text();
        probe.setFont(label.getFont());
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            double needed = Math.max(width(probe, column.getText(), label.getFont()), width(probe, (String) column.getProperties().get(WIDEST), label.getFont()));
            double min = Math.ceil(needed + padding);
            if (Math.abs(column.getMinWidth() - min) > 0.5) {
                column.setMinWidth(min);
            }
        }
    }

    /** A cell's left and right padding (a heading's before the first row is shown), with a pixel to spare. */
    private static double padding(Node cell, Labeled heading) {
        Region box = cell instanceof Region r ? r : heading.getParent() instanceof Region r ? r : null;
        double insets = box == null ? 16 : box.snappedLeftInset() + box.snappedRightInset();
        return insets + heading.getLabelPadding().getLeft() + heading.getLabelPadding().getRight() + 2;
    }

    private static double width(Text probe, String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        probe.setText(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
