package dev.kip.ui.bodymap;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.shape.Rectangle;

import java.util.function.IntFunction;

/**
 * The key to the map's colours: the soreness scale (solid orange) and the pain scale (striped
 * red to magenta), 0–10 each, and how a region with both is drawn.
 */
public class BodyMapLegend extends GridPane {


    public BodyMapLegend() {
        getStyleClass().add("body-map-legend");
        setAlignment(Pos.CENTER);
        addScale(0, "Soreness", LevelStyles::soreness);
        addScale(2, "Pain", LevelStyles::pain);
        Label both = new Label("Both: pain stripes inside a soreness outline");
        both.getStyleClass().add("body-map-legend-note");
        add(both, 0, 4, 12, 1);
    }

    /** A caption, then eleven swatches 0–10 with their numbers underneath. */
    private void addScale(int row, String caption, IntFunction<String> styleClass) {
        Label name = new Label(caption);
        name.getStyleClass().add("body-map-legend-caption");
        add(name, 0, row, 1, 2);
        for (int level = 0; level <= 10; level++) {
            Rectangle swatch = new Rectangle(20, 14);
            swatch.getStyleClass().add("body-map-swatch");
            if (level > 0) {
                swatch.getStyleClass().add(styleClass.apply(level));
            }
            Label number = new Label(Integer.toString(level));
            number.getStyleClass().add("body-map-legend-number");
            GridPane.setHalignment(number, javafx.geometry.HPos.CENTER);
            add(swatch, level + 1, row);
            add(number, level + 1, row + 1);
        }
    }

    @Override
    public String getUserAgentStylesheet() {
        return LevelStyles.STYLESHEET;
    }
}
