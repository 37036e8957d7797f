package dev.kip.ui.common;

import dev.kip.insight.RecoveryReport;
import dev.kip.insight.RuleResult;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The recovery check as a card: a chip per rule in its state's colour (its tooltip gives the
 * inputs, the threshold and the evidence), then the one suggestion. Used on Today and Trends.
 */
public final class RecoveryCard extends VBox {
    private static final Map<String, String> TITLES = Map.of(
            "strength-stalled", "Strength stalled", "workouts-harder", "Workouts harder",
            "soreness-lasting", "Soreness lasting", "short-sleep", "Short sleep", "irregular-wake", "Irregular wake time",
            "unrested", "Unrested", "caffeine-reliance", "Caffeine reliance");

    private final FlowPane chips = new FlowPane(8, 8);
    private final Label suggestion = new Label("Checking…");
    private final Label why = new Label();

    public RecoveryCard() {
        super(10);
        setId("recovery-card");
        getStyleClass().addAll("card", "recovery-card");
        Label title = new Label("Recovery check");
        title.getStyleClass().add("title-4");
        suggestion.setId("recovery-suggestion");
        suggestion.setWrapText(true);
        why.getStyleClass().addAll("text-muted", "text-small");
        why.setWrapText(true);
        getChildren().addAll(title, chips, suggestion, why);
    }

    public void show(RecoveryReport report) {
        chips.getChildren().clear();
        for (RuleResult r : report.rules()) {
            chips.getChildren().add(chip(r));
        }
        suggestion.setText(report.suggestion());
        why.setText("Why: " + report.suggestionEvidence().why() + ". Signs to watch, not a diagnosis.");
    }

    private static Label chip(RuleResult r) {
        Feather icon = switch (r.state()) {
            case OK -> Feather.CHECK_CIRCLE;
            case WATCH -> Feather.EYE;
            case ACT -> Feather.ALERT_TRIANGLE;
        };
        String state = r.state().id();
        Label chip = new Label(TITLES.getOrDefault(r.rule(), r.rule()) + " · " + state, new FontIcon(icon));
        chip.setId("rule-" + r.rule());
        chip.getStyleClass().addAll("recovery-chip", "chip-" + state, "flag-" + state);
        Tooltip tip = new Tooltip(capitalise(r.detail()) + ".\n\nWhy this matters: " + r.evidence().whyWithReferences());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(200));
        tip.setShowDuration(Duration.INDEFINITE);
        chip.setTooltip(tip);
        chip.setAccessibleText(TITLES.getOrDefault(r.rule(), r.rule()) + ", " + state + ": " + r.detail());
        return chip;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
