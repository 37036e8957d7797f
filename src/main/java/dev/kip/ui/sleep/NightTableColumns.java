package dev.kip.ui.sleep;

import dev.kip.insight.DurationFormat;
import dev.kip.insight.ScoredNight;
import dev.kip.text.DateText;
import dev.kip.ui.common.ColumnFit;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * The columns of the past-nights list. Every cell shows figures worked out once per refresh
 * ({@link ScoredNight}), so scrolling 10 years of nights computes nothing.
 */
final class NightTableColumns {
    private static final String STARS = "★★★★★";
    private static final String NO_STARS = "☆☆☆☆☆";

    private NightTableColumns() {
    }

    static void install(TableView<ScoredNight> table) {
        table.setPlaceholder(new Label("No nights yet. Log last night on the left: it takes under a minute."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                text("Woke up", 130, "Wed 28 Sep 2026", s -> DateText.day(s.night().date())),
                text("Asleep", 62, "10:55", s -> DurationFormat.tight(s.figures().tstMin())),
                text("SE", 56, "100 %", s -> String.format(Locale.ROOT, "%.0f %%", s.figures().sePct())),
                text("Quality", 80, STARS, s -> STARS.substring(0, s.night().quality())
                        + NO_STARS.substring(s.night().quality())),
                flags());
        ColumnFit.install(table);
    }

    private static TableColumn<ScoredNight, String> text(String title, double width, String widest, Function<ScoredNight, String> value) {
        TableColumn<ScoredNight, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        ColumnFit.widest(c, widest);
        c.setSortable(false);
        return c;
    }

    /** A mark on flagged nights; its tooltip lists the flags with why each matters. */
    private static TableColumn<ScoredNight, ScoredNight> flags() {
        TableColumn<ScoredNight, ScoredNight> c = new TableColumn<>("⚑");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setSortable(false);
        c.setPrefWidth(50);
        ColumnFit.widest(c, "⚑ 5");
        c.setCellFactory(col -> new FlagCell());
        return c;
    }

    /**
     * A Tooltip is a popup window and costly to make, so the cell makes its tooltip when the pointer
     * first enters it, not for every row it shows; afterwards it only changes the tooltip's text.
     */
    private static final class FlagCell extends TableCell<ScoredNight, ScoredNight> {
        private String why;

        FlagCell() {
            addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (why != null && getTooltip() == null) {
                    setTooltip(new Tooltip(why));
                }
            });
        }

        @Override
        protected void updateItem(ScoredNight item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.flags().isEmpty()) {
                why = null;
                setText(null);
                setTooltip(null);
                getStyleClass().remove("flagged");
                return;
            }
            why = item.flags().stream().map(f -> f.label() + ": " + f.whyItMatters()).collect(Collectors.joining("\n"));
            setText("⚑ " + item.flags().size());
            if (getTooltip() != null) {
                getTooltip().setText(why);
            }
            if (!getStyleClass().contains("flagged")) {
                getStyleClass().add("flagged");
            }
        }
    }
}
