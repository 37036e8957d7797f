package dev.kip.ui.body;

import dev.kip.insight.BodyFlag;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** One flag in the Body view's flags card: what and where (a link that selects the region), the finding, and its source line. */
final class FlagEntry extends VBox {

    FlagEntry(BodyFlag flag, Consumer<String> selectRegion) {
        getStyleClass().add("flag-entry");
        Hyperlink title = new Hyperlink(flag.kind().label() + " — " + flag.regionName());
        title.getStyleClass().add(flag.kind() == BodyFlag.Kind.SORENESS_LASTING ? "flag-watch" : "flag-act");
        title.setOnAction(e -> selectRegion.accept(flag.regionId()));
        Label finding = new Label(finding(flag));
        finding.setWrapText(true);
        Label why = new Label("Why: " + flag.evidence().why());
        why.getStyleClass().addAll("text-muted", "flag-why");
        why.setWrapText(true);
        Tooltip references = new Tooltip(flag.evidence().whyWithReferences());
        references.setWrapText(true);
        references.setMaxWidth(460);
        why.setTooltip(references);
        getChildren().addAll(title, finding, why);
    }

    /** "Soreness 5, above 3 for 4 days in a row (more than 72 h)." */
    static String finding(BodyFlag flag) {
        return switch (flag.kind()) {
            case SORENESS_LASTING -> "Soreness " + flag.level() + ", above 3 for " + flag.days() + " days in a row (more than 72 h): longer than usual.";
            case PAIN_HIGH -> "Pain " + flag.level() + " today (6 or more).";
            case PAIN_RISING -> "Pain higher on each of " + flag.days() + " days running, now " + flag.level() + ".";
        };
    }
}
