package dev.kip.ui.sleep;

import dev.kip.insight.ClockTimeFormat;
import dev.kip.insight.ScoredNight;
import dev.kip.insight.SleepFlag;
import dev.kip.ui.common.SettingsModel;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The columns of the past-nights list. Every cell shows figures worked out once per refresh
 * ({@link ScoredNight}), so scrolling 10 years of nights computes nothing.
 */
final class NightTableColumns {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final String STARS = "★★★★★";
    private static final String NO_STARS = "☆☆☆☆☆";

    private NightTableColumns() {
    }

    static void install(TableView<ScoredNight> table, SettingsModel settings) {
        table.setPlaceholder(new Label("No nights yet. Log last night on the left: it takes under a minute."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                text("Woke up", 130, s -> DAY.format(s.night().date())),
                text("Bed → up", 130, s -> ClockTimeFormat.format(s.night().intoBed(), settings.get().clock24())
                        + " → " + ClockTimeFormat.format(s.night().outOfBed(), settings.get().clock24())),
                text("Asleep", 70, s -> ClockTimeFormat.hoursMinutes(s.figures().tstMin())),
                text("Efficiency", 80, s -> String.format(Locale.ROOT, "%.0f %%", s.figures().sePct())),
                text("Quality", 90, s -> STARS.substring(0, s.night().quality())
                        + NO_STARS.substring(s.night().quality())),
                flags());
    }

    private static TableColumn<ScoredNight, String> text(String title, double width, Function<ScoredNight, String> value) {
        TableColumn<ScoredNight, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** A mark on flagged nights; its tooltip lists the flags with why each matters. */
    private static TableColumn<ScoredNight, ScoredNight> flags() {
        TableColumn<ScoredNight, ScoredNight> c = new TableColumn<>("Flags");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setSortable(false);
        c.setPrefWidth(160);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ScoredNight item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.flags().isEmpty()) {
                    setText(null);
                    setTooltip(null);
                    getStyleClass().remove("flagged");
                    return;
                }
                setText("⚑ " + item.flags().stream().map(SleepFlag::label).collect(Collectors.joining(", ")));
                setTooltip(new Tooltip(item.flags().stream().map(f -> f.label() + ": " + f.whyItMatters())
                        .collect(Collectors.joining("\n"))));
                if (!getStyleClass().contains("flagged")) {
                    getStyleClass().add("flagged");
                }
            }
        });
        return c;
    }
}
