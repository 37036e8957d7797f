package dev.kip.ui.common;

import dev.kip.insight.Evidence;
import dev.kip.insight.RecoveryReport;
import dev.kip.insight.RuleResult;
import dev.kip.insight.Source;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The recovery check as a card: a headline naming the rules behind it, a chip per rule in its
 * state's colour (focusable; Enter, Space or a click opens the rule: what it found, its threshold,
 * the data behind it and the evidence), then the one suggestion, why, and the sources. Used on
 * Today and Trends.
 */
public final class RecoveryCard extends VBox {
    private final Label headline = new Label("Checking…");
    private final FlowPane chips = new FlowPane(8, 8);
    private final Label suggestion = new Label();
    private final Label why = new Label();
    private final Hyperlink sources = new Hyperlink("Sources");
    private RecoveryReport report;

    public RecoveryCard() {
        super(10);
        setId("recovery-card");
        getStyleClass().addAll("card", "recovery-card");
        Label title = new Label("Recovery check");
        title.getStyleClass().add("title-4");
        headline.setId("recovery-headline");
        headline.getStyleClass().add("recovery-headline");
        headline.setWrapText(true);
        suggestion.setId("recovery-suggestion");
        suggestion.setWrapText(true);
        why.getStyleClass().addAll("text-muted", "text-small");
        why.setWrapText(true);
        sources.setId("recovery-sources");
        sources.getStyleClass().add("text-small");
        sources.setOnAction(e -> RuleDetail.showSources(getScene().getWindow(), sourcesOf(report)));
        sources.setDisable(true);
        getChildren().addAll(title, headline, chips, suggestion, why, sources);
    }

    public void show(RecoveryReport report) {
        if (report == this.report) {
            return; // Trends shows the same check for every range ending today: its chips need not be built again
        }
        this.report = report;
        headline.setText(report.headline() + ".");
        chips.getChildren().clear();
        for (RuleResult r : report.rules()) {
            chips.getChildren().add(chip(r));
        }
        suggestion.setText(report.suggestion());
        why.setText("Why: " + report.suggestionEvidence().why() + ". Signs to watch, not a diagnosis.");
        sources.setDisable(false);
    }

    private Button chip(RuleResult r) {
        Feather icon = switch (r.state()) {
            case OK -> Feather.CHECK_CIRCLE;
            case WATCH -> Feather.EYE;
            case ACT -> Feather.ALERT_TRIANGLE;
            case NOT_ENOUGH_DATA -> Feather.HELP_CIRCLE;
        };
        Button chip = new Button(r.title() + " · " + r.state().label(), new FontIcon(icon));
        chip.setId("rule-" + r.id());
        chip.getStyleClass().addAll("recovery-chip", "chip-" + r.state().id());
        chip.setFocusTraversable(true);
        Tooltip tip = new Tooltip(r.detail() + "\n\nEnter or click for the data behind it and the evidence.");
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(200));
        tip.setShowDuration(Duration.INDEFINITE);
        chip.setTooltip(tip);
        chip.setAccessibleText(r.title() + ", " + r.state().label() + ": " + r.detail());
        chip.setOnAction(e -> RuleDetail.show(getScene().getWindow(), r));
        return chip;
    }

    /** The studies behind every rule and the suggestion, each once. */
    private static Set<Source> sourcesOf(RecoveryReport report) {
        Set<Source> all = new LinkedHashSet<>();
        for (RuleResult r : report.rules()) {
            all.addAll(r.evidence().sources());
        }
        Evidence e = report.suggestionEvidence();
        all.addAll(e.sources());
        return all;
    }
}
