package dev.kip.ui.bodymap;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.kip.body.BodyGeometry;
import dev.kip.body.RegionShape;
import dev.kip.style.ColorScheme;
import dev.kip.style.Ramp;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import dev.kip.domain.SymptomKind;
import dev.kip.style.Rgb;
import dev.kip.style.Role;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ApplicationExtension.class)
class BodyMapTest {

    private static final String LEFT_KNEE = "FRONT.KNEE.L";

    private BodyMap map;
    private final List<String> events = new ArrayList<>();

    @Start
    void start(Stage stage) {
        // the map's colours are AtlantaFX looked-up colours, as in the app
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        map = new BodyMap();
        map.setOnLevelKey((id, level) -> events.add("level " + id + " " + level));
        map.setOnClear(id -> events.add("clear " + id));
        map.setOnRegionActivated(id -> events.add("activated " + id));
        map.setOnNoRegion(() -> events.add("no region"));
        stage.setScene(new Scene(new StackPane(map), 640, 760));
        stage.show();
    }

    /** The region's label anchor (a point inside its shape) on screen: safer to click than the bounds' centre. */
    private Point2D anchorOnScreen(String regionId) {
        RegionShape shape = BodyGeometry.load().region(regionId).orElseThrow();
        return node(regionId).localToScreen(shape.labelX(), shape.labelY());
    }

    private SVGPath node(String regionId) {
        return (SVGPath) map.regionNode(regionId).orElseThrow();
    }

    private String focusedRegion(FxRobot robot) {
        Node owner = map.getScene().getFocusOwner();
        return owner == null ? null : (String) owner.getProperties().get(BodyMap.REGION_KEY);
    }

    @Test
    void clickingARegionSelectsAndActivatesIt(FxRobot robot) {
        robot.clickOn(anchorOnScreen(LEFT_KNEE));
        assertThat(map.getSelectedRegion()).isEqualTo(LEFT_KNEE);
        assertThat(events).containsExactly("activated " + LEFT_KNEE);
        assertThat(focusedRegion(robot)).isEqualTo("FRONT.KNEE.L");
    }

    @Test
    void theLeftKneeIsDrawnOnTheViewersRightOfTheFrontFigure() {
        assertThat(anchorOnScreen("FRONT.KNEE.L").getX()).isGreaterThan(anchorOnScreen("FRONT.KNEE.R").getX());
        assertThat(anchorOnScreen("BACK.CALF.L").getX()).isLessThan(anchorOnScreen("BACK.CALF.R").getX());
        assertThat(anchorOnScreen("BACK.CALF.L").getX()).isGreaterThan(anchorOnScreen("FRONT.KNEE.L").getX());
    }

    @Test
    void digitKeysReportALevelForTheFocusedRegion(FxRobot robot) {
        robot.clickOn(anchorOnScreen("BACK.HAMSTRINGS.R"));
        robot.type(KeyCode.DIGIT7).type(KeyCode.NUMPAD0);
        assertThat(events).containsExactly("activated BACK.HAMSTRINGS.R",
                "level BACK.HAMSTRINGS.R 7", "level BACK.HAMSTRINGS.R 0");
    }

    @Test
    void deleteAndBackspaceReportAClear(FxRobot robot) {
        robot.interact(() -> map.focusRegion(LEFT_KNEE));
        robot.type(KeyCode.DELETE).type(KeyCode.BACK_SPACE);
        assertThat(events).containsExactly("clear " + LEFT_KNEE, "clear " + LEFT_KNEE);
    }

    @Test
    void enterSelectsTheFocusedRegion(FxRobot robot) {
        robot.interact(() -> map.focusRegion("FRONT.ABDOMEN"));
        robot.type(KeyCode.ENTER);
        assertThat(map.getSelectedRegion()).isEqualTo("FRONT.ABDOMEN");
        assertThat(events).containsExactly("activated FRONT.ABDOMEN");
    }

    @Test
    void tabMovesFocusToAnotherRegion(FxRobot robot) {
        robot.interact(() -> map.focusRegion(LEFT_KNEE));
        robot.type(KeyCode.TAB);
        String now = focusedRegion(robot);
        assertThat(now).isNotNull().isNotEqualTo("FRONT.KNEE.L");
        assertThat(map.getScene().getFocusOwner().getStyleClass()).contains("body-region");
    }

    @Test
    void arrowsGoToTheNearestRegionThatWay(FxRobot robot) {
        robot.interact(() -> map.focusRegion(LEFT_KNEE));
        robot.type(KeyCode.DOWN);
        assertThat(focusedRegion(robot)).isEqualTo("FRONT.SHIN.L");
        robot.type(KeyCode.UP).type(KeyCode.UP);
        assertThat(focusedRegion(robot)).isEqualTo("FRONT.QUADRICEPS.L");
        // the left hand is the front figure's rightmost region: Right crosses over to the back figure
        robot.interact(() -> map.focusRegion("FRONT.WRIST_HAND.L"));
        robot.type(KeyCode.RIGHT);
        assertThat(focusedRegion(robot)).startsWith("BACK.");
    }

    @Test
    void setLevelsChangesTheFillSolidForSorenessStripedForPain(FxRobot robot) {
        Paint unmarked = node(LEFT_KNEE).getFill();
        robot.interact(() -> map.setLevels(Map.of(LEFT_KNEE, new RegionLevels(4, 0), "FRONT.SHIN.L", new RegionLevels(0, 6))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(LEFT_KNEE).getFill()).isInstanceOf(Color.class).isNotEqualTo(unmarked);
        assertThat(node("FRONT.SHIN.L").getFill()).isInstanceOf(LinearGradient.class);
        assertThat(map.tooltipText(LEFT_KNEE)).isEqualTo("Left knee — soreness 4, pain 0");

        robot.interact(() -> map.setLevels(Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(LEFT_KNEE).getFill()).isEqualTo(unmarked);
        assertThat(map.tooltipText(LEFT_KNEE)).isEqualTo("Left knee — soreness 0, pain 0");
    }

    @Test
    void theTooltipNamesTheRegionUnderThePointerWithItsLevels(FxRobot robot) throws TimeoutException {
        robot.interact(() -> map.setLevels(Map.of(LEFT_KNEE, new RegionLevels(4, 0), "FRONT.SHIN.L", new RegionLevels(0, 6))));
        robot.moveTo(anchorOnScreen(LEFT_KNEE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip().equals("Left knee — soreness 4, pain 0"));
        robot.moveTo(anchorOnScreen("FRONT.SHIN.L"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip().equals("Left shin — soreness 0, pain 6"));
        // a level changed under the pointer shows at once
        robot.interact(() -> map.setLevels(Map.of("FRONT.SHIN.L", new RegionLevels(2, 6))));
        assertThat(shownTooltip()).isEqualTo("Left shin — soreness 2, pain 6");
    }

    private static String shownTooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst().orElse("");
    }

    @Test
    void levelColoursAreThePalettesRampsInEitherTheme(FxRobot robot) {
        robot.interact(() -> map.setLevels(Map.of(LEFT_KNEE, new RegionLevels(4, 0), "FRONT.SHIN.L", new RegionLevels(0, 6))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(LEFT_KNEE).getFill()).isEqualTo(Color.web(Ramp.SORENESS.at(4, ColorScheme.LIGHT).hex()));
        assertThat(((LinearGradient) node("FRONT.SHIN.L").getFill()).getStops().get(0).getColor())
                .isEqualTo(Color.web(Ramp.PAIN.at(6, ColorScheme.LIGHT).hex()));

        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(LEFT_KNEE).getFill()).isEqualTo(Color.web(Ramp.SORENESS.at(4, ColorScheme.DARK).hex()));
        assertThat(((LinearGradient) node("FRONT.SHIN.L").getFill()).getStops().get(0).getColor())
                .isEqualTo(Color.web(Ramp.PAIN.at(6, ColorScheme.DARK).hex()));
    }

    @Test
    void bothLevelsShowPainFillInsideASorenessOutline(FxRobot robot) {
        Paint plainStroke = node(LEFT_KNEE).getStroke();
        robot.interact(() -> map.setLevels(Map.of(LEFT_KNEE, new RegionLevels(5, 3))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(LEFT_KNEE).getFill()).isInstanceOf(LinearGradient.class);
        assertThat(node(LEFT_KNEE).getStroke()).isNotEqualTo(plainStroke);
        assertThat(node(LEFT_KNEE).getStrokeWidth()).isEqualTo(3);
    }

    @Test
    void regionsCarryAccessibleNames() {
        assertThat(node(LEFT_KNEE).getAccessibleText()).isEqualTo("left knee, front");
        assertThat(node("BACK.FOREARM.R").getAccessibleText()).isEqualTo("right forearm, back");
        assertThat(node("FRONT.NECK").getAccessibleText()).isEqualTo("neck, front");
        assertThat(node(LEFT_KNEE).getAccessibleHelp()).isEqualTo("soreness 0, pain 0");
    }

    @Test
    void unknownRegionsAreRejected() {
        assertThatThrownBy(() -> map.setLevels(Map.of("FRONT.ELBOW.L", new RegionLevels(2, 0))))
                .hasMessageContaining("FRONT.ELBOW.L");
    }

    @Test
    void readOnlyMapIgnoresKeysAndHidesTheLegend(FxRobot robot) {
        robot.interact(() -> map.setInteractive(false));
        assertThat(node(LEFT_KNEE).isFocusTraversable()).isFalse();
        assertThat(map.lookup(".body-map-legend").isVisible()).isFalse();
        assertThat(map.getStyleClass()).contains("compact");
        robot.clickOn(anchorOnScreen(LEFT_KNEE));
        robot.type(KeyCode.DIGIT3);
        assertThat(events).isEmpty();
        assertThat(map.getSelectedRegion()).isNull();
    }

    @Test
    void mapKeepsItsAspectRatioWhenResized(FxRobot robot) {
        robot.interact(() -> map.getScene().getWindow().setWidth(1200));
        WaitForAsyncUtils.waitForFxEvents();
        // both figures keep the same scale, so knees stay level and the body stays centred
        double frontY = anchorOnScreen("FRONT.KNEE.L").getY();
        double backY = anchorOnScreen("BACK.CALF.L").getY();
        assertThat(backY).isGreaterThan(frontY);
        double mid = (anchorOnScreen("FRONT.ABDOMEN").getX() + anchorOnScreen("BACK.NECK").getX()) / 2;
        Point2D centre = map.localToScreen(map.getWidth() / 2, 0);
        assertThat(Math.abs(mid - centre.getX())).isLessThan(30);
    }

    /** A point in figure units of one figure, on screen. */
    private Point2D onFigure(String anyRegionOfTheFigure, double x, double y) {
        return node(anyRegionOfTheFigure).localToScreen(x, y);
    }

    @Test
    void keysWithCtrlAltOrMetaPassThroughToTheWindowsShortcuts(FxRobot robot) {
        List<String> shortcuts = new ArrayList<>();
        robot.interact(() -> map.getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.CONTROL_DOWN), () -> shortcuts.add("Ctrl+1")));
        robot.interact(() -> map.focusRegion(LEFT_KNEE));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.press(KeyCode.ALT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.ALT);
        // Monocle's robot does not hold Meta down: the event a Mac's Cmd+4 makes, sent directly
        robot.interact(() -> node(LEFT_KNEE).fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DIGIT4, false, false, false, true)));
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        assertThat(events).as("no level, no mode, no selection from a shortcut").isEmpty();
        assertThat(shortcuts).containsExactly("Ctrl+1");
        assertThat(map.getMode()).isEqualTo(SymptomKind.SORENESS);
    }

    @Test
    void aClickOnNoRegionClearsTheSelectionAndADigitThenSaysSo(FxRobot robot) {
        robot.clickOn(anchorOnScreen("FRONT.QUADRICEPS.L"));
        robot.type(KeyCode.DIGIT6);
        // between the knees: the figure, but no region
        robot.clickOn(onFigure(LEFT_KNEE, 120, 410));
        assertThat(map.getSelectedRegion()).isNull();
        robot.type(KeyCode.DIGIT4);
        assertThat(events).containsExactly("activated FRONT.QUADRICEPS.L", "level FRONT.QUADRICEPS.L 6", "no region");
    }

    @Test
    void modeKeysChooseSorenessOrPainShownBesideTheSelectedRegion(FxRobot robot) {
        robot.clickOn(anchorOnScreen("BACK.LOWER_BACK.L"));
        assertThat(map.getMode()).isEqualTo(SymptomKind.SORENESS);
        assertThat(modeBadge().isVisible()).isTrue();
        assertThat(modeBadge().getText()).isEqualTo("Soreness");
        robot.type(KeyCode.P);
        assertThat(map.getMode()).isEqualTo(SymptomKind.PAIN);
        assertThat(modeBadge().getText()).isEqualTo("Pain");
        // beside the region: its top is within the region's height, left of or right of it
        var region = node("BACK.LOWER_BACK.L").localToScreen(node("BACK.LOWER_BACK.L").getBoundsInLocal());
        var badge = modeBadge().localToScreen(modeBadge().getBoundsInLocal());
        assertThat(badge.getCenterY()).isBetween(region.getMinY(), region.getMaxY());
        assertThat(badge.getMinX() >= region.getMaxX() - 1 || badge.getMaxX() <= region.getMinX() + 1).isTrue();
        robot.type(KeyCode.S);
        assertThat(map.getMode()).isEqualTo(SymptomKind.SORENESS);
        robot.type(KeyCode.P);

        // another region: back to soreness, so pain is never written by accident
        robot.clickOn(anchorOnScreen(LEFT_KNEE));
        assertThat(map.getMode()).isEqualTo(SymptomKind.SORENESS);
        assertThat(modeBadge().getText()).isEqualTo("Soreness");

        // a region whose only mark is pain opens on pain; a mode chosen with nothing selected holds for the next region
        robot.interact(() -> map.setLevels(Map.of("FRONT.SHIN.L", new RegionLevels(0, 3))));
        robot.clickOn(anchorOnScreen("FRONT.SHIN.L"));
        assertThat(map.getMode()).isEqualTo(SymptomKind.PAIN);
        robot.clickOn(onFigure(LEFT_KNEE, 120, 410));
        assertThat(modeBadge().isVisible()).isFalse();
        robot.type(KeyCode.P);
        robot.clickOn(anchorOnScreen(LEFT_KNEE));
        assertThat(map.getMode()).as("chosen before the region").isEqualTo(SymptomKind.PAIN);
    }

    private Label modeBadge() {
        return map.lookupAll(".body-mode-badge").stream().map(Label.class::cast).filter(Node::isVisible).findFirst()
                .orElseGet(() -> (Label) map.lookup(".body-mode-badge"));
    }

    @Test
    void oneThenZeroIsTenAndPlusMinusStep(FxRobot robot) {
        robot.clickOn(anchorOnScreen(LEFT_KNEE));
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT0);
        robot.interact(() -> map.setLevels(Map.of(LEFT_KNEE, new RegionLevels(10, 0))));
        robot.type(KeyCode.MINUS).type(KeyCode.SUBTRACT);
        robot.type(KeyCode.ADD);
        robot.type(KeyCode.DIGIT0);
        assertThat(events).containsExactly("activated " + LEFT_KNEE, "level " + LEFT_KNEE + " 1", "level " + LEFT_KNEE + " 10",
                "level " + LEFT_KNEE + " 9", "level " + LEFT_KNEE + " 8", "level " + LEFT_KNEE + " 9", "level " + LEFT_KNEE + " 0");
    }

    @Test
    void plusNeverGoesPastTenNorMinusBelowZero(FxRobot robot) {
        robot.interact(() -> map.setLevels(Map.of(LEFT_KNEE, new RegionLevels(10, 0))));
        robot.clickOn(anchorOnScreen(LEFT_KNEE));
        robot.type(KeyCode.ADD);
        robot.interact(() -> map.focusRegion("FRONT.SHIN.L"));
        robot.type(KeyCode.SUBTRACT);
        assertThat(events).as("a step that changes nothing reports nothing").containsExactly("activated " + LEFT_KNEE, "activated FRONT.SHIN.L");
    }

    @Test
    void regionOutlinesKeepThreeToOneAgainstTheBackgroundInBothThemes(FxRobot robot) {
        assertThat(contrast((Color) node(LEFT_KNEE).getStroke(), Role.BACKGROUND.in(ColorScheme.LIGHT))).isGreaterThanOrEqualTo(3);
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(contrast((Color) node(LEFT_KNEE).getStroke(), Role.BACKGROUND.in(ColorScheme.DARK))).isGreaterThanOrEqualTo(3);
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void painOneToFourShowsOnTheDarkFigure(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        robot.interact(() -> map.setLevels(Map.of("FRONT.SHIN.L", new RegionLevels(0, 1), "FRONT.SHIN.R", new RegionLevels(0, 2),
                "BACK.CALF.L", new RegionLevels(0, 3), "BACK.CALF.R", new RegionLevels(0, 4))));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("FRONT.SHIN.L", "FRONT.SHIN.R", "BACK.CALF.L", "BACK.CALF.R")) {
            Color stripe = ((LinearGradient) node(id).getFill()).getStops().get(0).getColor();
            assertThat(contrast(stripe, Role.BACKGROUND.in(ColorScheme.DARK))).as(id).isGreaterThanOrEqualTo(3);
            assertThat(contrast(stripe, Role.PANEL.in(ColorScheme.DARK))).as(id).isGreaterThanOrEqualTo(3);
        }
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    private static double contrast(Color c, Rgb against) {
        return new Rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255))
                .contrast(against);
    }
}
