package dev.kip.ui.training;

import dev.kip.domain.WorkoutSummary;
import dev.kip.text.DateText;
import dev.kip.text.Plural;
import java.math.BigDecimal;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A workout in the list: its date and time, then what was trained and the session load's parts. */
final class WorkoutListCell extends ListCell<WorkoutSummary> {
    private final Label when = new Label();
    private final Label what = new Label();
    private final VBox box = new VBox(2, when, what);

    WorkoutListCell() {
        when.getStyleClass().add("workout-when");
        what.getStyleClass().addAll("text-muted", "workout-what");
        what.setWrapText(true);
        when.setWrapText(true);
        // Cells take the list's width (long exercise lists wrap) instead of scrolling sideways.
        setPrefWidth(0);
        box.setMinWidth(0);
        what.setMinWidth(0);
        when.setMinWidth(0);
    }

    /** Wrapped lines need the width the list gives the cell; the cell's skin measures its graphic without one. */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || width <= 0) {
            return super.computePrefHeight(width);
        }
        return snappedTopInset() + box.prefHeight(width - snappedLeftInset() - snappedRightInset()) + snappedBottomInset();
    }

    @Override
    protected void updateItem(WorkoutSummary w, boolean empty) {
        super.updateItem(w, empty);
        if (empty || w == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        when.setText(DateText.day(w.date()) + (w.start() == null ? "" : " · " + w.start()) + (w.feltHeavier() ? " · felt heavy" : ""));
        StringBuilder detail = new StringBuilder(w.exercises().isEmpty() ? "No sets" : w.exercises());
        detail.append(" · ").append(Plural.of(w.setCount(), "set"));
        if (w.sessionRpe() != null && w.durationMin() != null) {
            detail.append(" · sRPE ").append(BigDecimal.valueOf(w.sessionRpe()).stripTrailingZeros().toPlainString())
                    .append(" × ").append(w.durationMin()).append(" min");
        }
        what.setText(detail.toString());
        setText(null);
        setGraphic(box);
    }
}
