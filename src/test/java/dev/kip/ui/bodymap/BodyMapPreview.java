package dev.kip.ui.bodymap;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Shows the body map with a dozen marks, to look at it by eye.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.kip.ui.bodymap.BodyMapPreview [light|dark] [compact] [--out file.png] [WxH]
 * </pre>
 * With --out it saves a snapshot of the scene and quits (works headless on Monocle too).
 */
public final class BodyMapPreview {

    private BodyMapPreview() {
    }

    static Map<String, RegionLevels> sampleLevels() {
        return Map.ofEntries(
                Map.entry("FRONT.QUADRICEPS.L", new RegionLevels(6, 0)),
                Map.entry("FRONT.QUADRICEPS.R", new RegionLevels(4, 0)),
                Map.entry("FRONT.KNEE.L", new RegionLevels(0, 5)),
                Map.entry("FRONT.CHEST.R", new RegionLevels(3, 0)),
                Map.entry("FRONT.CHEST.L", new RegionLevels(2, 0)),
                Map.entry("FRONT.SHOULDER.R", new RegionLevels(5, 3)),
                Map.entry("FRONT.ABDOMEN", new RegionLevels(1, 0)),
                Map.entry("BACK.LOWER_BACK.L", new RegionLevels(0, 3)),
                Map.entry("BACK.LOWER_BACK.R", new RegionLevels(0, 2)),
                Map.entry("BACK.LUMBAR_SPINE", new RegionLevels(0, 4)),
                Map.entry("BACK.SACRUM", new RegionLevels(0, 1)),
                Map.entry("BACK.THORACIC_SPINE", new RegionLevels(3, 0)),
                Map.entry("BACK.KNEE.R", new RegionLevels(0, 6)),
                Map.entry("BACK.HAMSTRINGS.L", new RegionLevels(8, 0)),
                Map.entry("BACK.HAMSTRINGS.R", new RegionLevels(9, 0)),
                Map.entry("BACK.GLUTES.L", new RegionLevels(10, 0)),
                Map.entry("BACK.TRAPEZIUS.R", new RegionLevels(4, 10)),
                Map.entry("BACK.CALF.L", new RegionLevels(0, 9)));
    }

    public static void main(String[] args) {
        boolean dark = false;
        boolean compact = false;
        String out = null;
        double w = 720;
        double h = 800;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "dark" -> dark = true;
                case "light" -> dark = false;
                case "compact" -> compact = true;
                case "--out" -> out = args[++i];
                default -> {
                    String[] wh = args[i].split("x");
                    w = Double.parseDouble(wh[0]);
                    h = Double.parseDouble(wh[1]);
                }
            }
        }
        String theme = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        boolean interactive = !compact;
        String file = out;
        double width = w;
        double height = h;
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(theme);
            BodyMap map = new BodyMap();
            map.setInteractive(interactive);
            map.setLevels(sampleLevels());
            map.setSelectedRegion("BACK.LUMBAR_SPINE");
            map.setOnLevelKey((id, level) -> System.out.println(id + " level " + level));
            map.setOnClear(id -> System.out.println(id + " cleared"));
            map.setOnRegionActivated(id -> System.out.println(id + " activated"));
            Stage stage = new Stage();
            stage.setTitle("Kip body map");
            stage.setScene(new Scene(new BorderPane(map), width, height));
            stage.show();
            map.focusRegion("BACK.HAMSTRINGS.R");
            if (file != null) {
                Platform.runLater(() -> {
                    WritableImage image = stage.getScene().snapshot(null);
                    try {
                        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    Platform.exit();
                });
            }
        });
    }
}
