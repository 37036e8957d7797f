package dev.kip.ui.common;

import dev.kip.insight.RuleResult;
import dev.kip.insight.Source;
import java.util.Collection;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A recovery-check rule opened from its chip: what it found, when it acts, the nights, sessions
 * or marks behind it, and the evidence with its full references; and the list of all the check's
 * sources.
 */
final class RuleDetail {
    private static final double WIDTH = 520;

    private RuleDetail() {
    }

    static void show(Window owner, RuleResult r) {
        VBox content = new VBox(8);
        content.setId("rule-detail");
        content.setPrefWidth(WIDTH);
        content.getChildren().addAll(heading("What it found"), text("rule-detail-finding", r.detail()),
                heading("When it acts"), text("rule-detail-threshold", capitalise(r.rule().threshold()) + "."),
                heading("The data behind it"));
        if (r.data().isEmpty()) {
            content.getChildren().add(text("rule-detail-no-data", "Nothing logged in the days this rule looks at."));
        } else {
            ListView<String> data = new ListView<>();
            data.setId("rule-detail-data");
            data.getItems().setAll(r.data());
            data.setPrefHeight(Math.min(8, r.data().size()) * 26 + 4);
            content.getChildren().add(data);
        }
        content.getChildren().addAll(heading("Why it matters"), text("rule-detail-evidence", r.evidence().statement() + "."));
        for (Source s : r.evidence().sources()) {
            content.getChildren().add(reference(s));
        }
        content.getChildren().add(muted("A sign to watch, not a diagnosis."));
        open(owner, r.title() + " · " + r.state().label(), content);
    }

    static void showSources(Window owner, Collection<Source> sources) {
        VBox content = new VBox(8);
        content.setId("recovery-sources-list");
        content.setPrefWidth(WIDTH);
        content.getChildren().add(muted("The studies the recovery check's rules and advice rest on."));
        sources.forEach(s -> content.getChildren().add(reference(s)));
        open(owner, "Sources of the recovery check", content);
    }

    private static void open(Window owner, String title, Node content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(Themes.kipCss());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("chart-title");
        return l;
    }

    private static Label text(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(WIDTH);
        return l;
    }

    private static Label reference(Source s) {
        Label l = new Label("• " + s.citation());
        l.getStyleClass().add("source-reference");
        l.setWrapText(true);
        l.setMaxWidth(WIDTH);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("text-muted", "text-small");
        l.setWrapText(true);
        l.setMaxWidth(WIDTH);
        return l;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
