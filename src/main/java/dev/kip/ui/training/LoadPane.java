package dev.kip.ui.training;

import atlantafx.base.theme.Styles;
import dev.kip.insight.Acwr;
import dev.kip.service.LoadSummary;
import dev.kip.service.RegionSets;
import dev.kip.insight.Evidence;
import dev.kip.ui.chart.TimeChart;
import dev.kip.ui.common.ColumnFit;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Load tab: session load (session RPE × minutes) per week, today's acute:chronic ratio described as
 * a change of load (never as an injury predictor), and hard sets per body region by the body map's region names.
 */
final class LoadPane extends HBox {
    private static final String ACWR_WHY = "Acute:chronic ratio = load of the last 7 days ÷ average weekly load of the last"
            + " 28 days; above 1.5 is a sharp rise. " + Evidence.LOAD_CHANGE.why() + ". Session load: "
            + Evidence.SESSION_LOAD.why() + ".";

    final TimeChart weekly = new TimeChart();
    final Label acwr = new Label();
    final Label acwrNote = new Label();
    final TableView<RegionSets> hardSets = new TableView<>();

    LoadPane() {
        setId("load-pane");
        setSpacing(20);
        weekly.setId("weekly-load-chart");
        acwr.setId("acwr");
        acwr.getStyleClass().add(Styles.TITLE_4);
        acwr.setWrapText(true);
        Tooltip references = new Tooltip(Evidence.LOAD_CHANGE.whyWithReferences() + "\n\n"
                + Evidence.SESSION_LOAD.whyWithReferences());
        references.setWrapText(true);
        references.setMaxWidth(460);
        acwr.setTooltip(references);
        acwrNote.setId("acwr-note");
        acwrNote.setWrapText(true);
        acwrNote.managedProperty().bind(acwrNote.visibleProperty());
        Label why = new Label("Why: " + ACWR_WHY);
        why.setWrapText(true);
        why.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        Label weeklyTitle = new Label(LoadChartData.TITLE + " (session RPE × minutes)");
        weeklyTitle.getStyleClass().add("chart-title");
        VBox left = new VBox(10, acwr, acwrNote, weeklyTitle, weekly, why);
        VBox.setVgrow(weekly, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);

        hardSets.setId("hard-sets-table");
        hardSets.getColumns().add(column("Region", RegionSets::regionName, 190));
        hardSets.getColumns().add(column("This wk", r -> sets(r.thisWeek()), 80));
        hardSets.getColumns().add(column("Last wk", r -> sets(r.lastWeek()), 80));
        hardSets.getColumns().add(column("4-wk avg", r -> sets(r.fourWeekAverage()), 90));
        hardSets.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnFit.widest(hardSets.getColumns().get(0), "Right forearm (front)");
        ColumnFit.install(hardSets);
        hardSets.setPlaceholder(new Label("No work sets in the last four weeks"));
        Label hardTitle = new Label("Hard sets per body region");
        hardTitle.getStyleClass().add(Styles.TITLE_4);
        hardTitle.setLabelFor(hardSets);
        Label hardWhy = new Label("Each working, drop or failure set counts 1 for the regions an exercise loads primarily "
                + "and ½ for secondary ones; warm-ups never count. Same regions as the body map.");
        hardWhy.setWrapText(true);
        hardWhy.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        VBox right = new VBox(10, hardTitle, hardSets, hardWhy);
        right.setPrefWidth(470);
        right.setMinWidth(450);
        VBox.setVgrow(hardSets, Priority.ALWAYS);
        getChildren().addAll(left, right);
    }

    private static TableColumn<RegionSets, String> column(String title, Function<RegionSets, String> value, double width) {
        TableColumn<RegionSets, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String sets(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    void show(LoadSummary s) {
        weekly.show(LoadChartData.of(s.weeklyLoad()));
        if (s.acwr().isPresent()) {
            Acwr a = s.acwr().get();
            acwr.setText(String.format(Locale.ROOT, "Acute:chronic %.2f — last 7 days %,.0f vs average week %,.0f",
                    a.ratio(), a.acute(), a.chronicWeekly()));
            acwrNote.setText(a.description());
            acwrNote.getStyleClass().setAll("label", a.isHigh() ? "flag-watch" : "text-muted");
            acwrNote.setVisible(true);
        } else {
            acwr.setText("Acute:chronic — no session load (session RPE and duration) in the last 28 days");
            acwrNote.setVisible(false);
        }
        hardSets.getItems().setAll(s.hardSets());
    }
}
