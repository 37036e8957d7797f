package dev.kip.ui.bodymap;

import dev.kip.body.BodyGeometry;
import dev.kip.body.RegionShape;
import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.FigureSide;
import dev.kip.domain.SymptomKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The soreness and pain body map: front and back figures side by side, one focusable shape per
 * region of {@link BodyRegions}. It knows nothing of the journal: the owner feeds it levels with
 * {@link #setLevels} and hears the person through the callbacks.
 *
 * <p>Keys on a focused region: Tab moves on, arrows go to the nearest region that way, 0–9
 * report a level ({@link #setOnLevelKey}; 1 then 0 is 10, + and − step from the level shown),
 * S and P choose soreness or pain ({@link #modeProperty}), Delete/Backspace report a clear
 * ({@link #setOnClear}), Enter or Space (or a click) select it and report it
 * ({@link #setOnRegionActivated}). A key with Ctrl, Alt or Meta is the window's shortcut, never a
 * mark. A click beside every region clears the selection; a level typed then reaches no region and
 * is reported as such ({@link #setOnNoRegion}).
 *
 * <p>The mode (soreness or pain) is shown beside the selected region. It goes back to soreness
 * whenever another region is selected, so pain is never written to a region by a mode left over
 * from the last one; a region whose only mark is pain opens on pain, and a mode chosen while no
 * region is selected holds for the region chosen next.
 *
 * <p>Colours (see body-map.css and {@link LevelStyles}): soreness is a solid orange ramp, pain a striped red-to-magenta
 * ramp; a region with both shows the pain stripes inside a thick outline in the soreness colour.
 * {@code setInteractive(false)} gives the compact read-only map (no legend, smaller labels).
 */
public class BodyMap extends Region {

    /**
     * The node property that names a shape's region. Shapes have no CSS id: JavaFX 21 matches styles once per kind
     * of node, and an id makes each of the ~60 shapes a kind of its own (a quarter of the Body view's CSS time).
     */
    static final String REGION_KEY = "kip.regionId";
    private static final double FIGURE_GAP = 32;
    private static final double LEGEND_GAP = 12;

    private final List<FigureView> figures;
    private final BodyMapLegend legend = new BodyMapLegend();
    private final Map<String, SVGPath> regionNodes = new LinkedHashMap<>();
    /**
     * One tooltip for every region, its text set as the pointer enters one: a tooltip each made
     * the map's construction, on Today's path to its first data, some 100 ms slower.
     */
    private final Tooltip tooltip = new Tooltip();
    private final Map<String, String> tooltipTexts = new HashMap<>();
    private String hoveredRegion;
    private final Map<String, RegionLevels> levels = new HashMap<>();
    private final ObjectProperty<String> selectedRegion = new SimpleObjectProperty<>(this, "selectedRegion");
    private final BooleanProperty interactive = new SimpleBooleanProperty(this, "interactive", true);
    private final ObjectProperty<SymptomKind> mode = new SimpleObjectProperty<>(this, "mode", SymptomKind.SORENESS);
    /** True when the mode was chosen with no region selected: it then holds for the next region. */
    private boolean modeChosenAhead;
    private final LevelTyping typing = new LevelTyping();

    private BiConsumer<String, Integer> onLevelKey = (id, level) -> { };
    private Consumer<String> onClear = id -> { };
    private Consumer<String> onRegionActivated = id -> { };
    private Runnable onNoRegion = () -> { };

    public BodyMap() {
        this(BodyGeometry.load());
    }

    public BodyMap(BodyGeometry geometry) {
        getStyleClass().add("body-map");
        tooltip.setShowDelay(Duration.millis(250));
        figures = List.of(new FigureView(geometry.figure(FigureSide.FRONT)), new FigureView(geometry.figure(FigureSide.BACK)));
        for (FigureView view : figures) {
            for (RegionShape shape : view.figure().regions()) {
                wire(view, shape.regionId(), view.regions().get(shape.regionId()));
            }
        }
        getChildren().addAll(figures);
        getChildren().add(legend);
        selectedRegion.addListener((obs, old, id) -> onSelectionChanged(id));
        mode.addListener((obs, old, now) -> showMode());
        interactive.addListener((obs, old, on) -> applyInteractive(on));
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClickedBesideRegions);
        applyInteractive(true);
    }

    private void wire(FigureView view, String regionId, SVGPath node) {
        BodyRegion region = BodyRegions.require(regionId);
        regionNodes.put(regionId, node);
        node.getProperties().put(REGION_KEY, regionId);
        node.setAccessibleRole(AccessibleRole.BUTTON);
        node.setAccessibleText(region.accessibleName());
        Tooltip.install(node, tooltip);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            hoveredRegion = regionId;
            tooltip.setText(tooltipText(regionId));
        });
        updateDescription(regionId);
        node.focusedProperty().addListener((obs, was, focused) -> view.showFocus(focused ? regionId : null));
        node.setOnMouseClicked(e -> {
            if (isInteractive() && e.getButton() == MouseButton.PRIMARY) {
                node.requestFocus();
                activate(regionId);
            }
        });
    }

    /** The shape drawn for a region, for tests and for callers that want to focus it. */
    public Optional<Node> regionNode(String regionId) {
        return Optional.ofNullable(regionNodes.get(regionId));
    }

    /** Moves keyboard focus to a region (e.g. to the selected one when the view opens). */
    public void focusRegion(String regionId) {
        regionNode(regionId).ifPresent(Node::requestFocus);
    }

    // ---- levels ----

    /** Replaces every region's levels; regions missing from the map are shown unmarked. */
    public void setLevels(Map<String, RegionLevels> newLevels) {
        typing.forgetLevel();
        levels.clear();
        newLevels.forEach((id, l) -> {
            BodyRegions.require(id);
            levels.put(id, l);
        });
        regionNodes.keySet().forEach(id -> {
            LevelStyles.apply(regionNodes.get(id), levelsOf(id));
            updateDescription(id);
        });
    }

    public RegionLevels levelsOf(String regionId) {
        return levels.getOrDefault(regionId, RegionLevels.NONE);
    }

    /** The tooltip's text: "Left knee — soreness 4, pain 0". */
    String tooltipText(String regionId) {
        return tooltipTexts.get(regionId);
    }

    private void updateDescription(String regionId) {
        String text = levelsOf(regionId).describe();
        tooltipTexts.put(regionId, BodyRegions.require(regionId).name() + " — " + text);
        if (regionId.equals(hoveredRegion)) {
            tooltip.setText(tooltipText(regionId));
        }
        regionNodes.get(regionId).setAccessibleHelp(text);
    }

    // ---- selection and callbacks ----

    public ObjectProperty<String> selectedRegionProperty() {
        return selectedRegion;
    }

    public String getSelectedRegion() {
        return selectedRegion.get();
    }

    public void setSelectedRegion(String regionId) {
        if (regionId != null) {
            BodyRegions.require(regionId);
        }
        selectedRegion.set(regionId);
    }

    /** Called with the focused region and the digit typed (0–9). */
    public void setOnLevelKey(BiConsumer<String, Integer> handler) {
        onLevelKey = Objects.requireNonNull(handler, "handler");
    }

    /** Called with the focused region when Delete or Backspace is pressed. */
    public void setOnClear(Consumer<String> handler) {
        onClear = Objects.requireNonNull(handler, "handler");
    }

    /** Called when a region is clicked or Enter/Space is pressed on it (after it is selected). */
    public void setOnRegionActivated(Consumer<String> handler) {
        onRegionActivated = Objects.requireNonNull(handler, "handler");
    }

    /** Called when a level key is typed while no region is selected (nothing is saved). */
    public void setOnNoRegion(Runnable handler) {
        onNoRegion = Objects.requireNonNull(handler, "handler");
    }

    private void activate(String regionId) {
        selectedRegion.set(regionId);
        onRegionActivated.accept(regionId);
    }

    /** A click that hits no region (the gap between two, the space around the figures) selects nothing. */
    private void onClickedBesideRegions(MouseEvent e) {
        if (isInteractive() && e.getButton() == MouseButton.PRIMARY
                && !(e.getTarget() instanceof Node target && target.getProperties().get(REGION_KEY) != null)) {
            selectedRegion.set(null);
            requestFocus();
        }
    }

    private void onSelectionChanged(String regionId) {
        figures.forEach(f -> f.showSelection(regionId));
        typing.forget();
        if (regionId != null) {
            if (!modeChosenAhead) {
                RegionLevels l = levelsOf(regionId);
                mode.set(l.hasPain() && !l.hasSoreness() ? SymptomKind.PAIN : SymptomKind.SORENESS);
            }
            modeChosenAhead = false;
        }
        showMode();
    }

    // ---- mode ----

    /** Soreness or pain: what a level typed or set now is a level of. */
    public ObjectProperty<SymptomKind> modeProperty() {
        return mode;
    }

    public SymptomKind getMode() {
        return mode.get();
    }

    /**
     * The person chose a mode (S or P on the map, or the editor's toggle). Chosen with no region
     * selected, it holds for the region selected next instead of going back to soreness.
     */
    public void chooseMode(SymptomKind kind) {
        Objects.requireNonNull(kind, "kind");
        modeChosenAhead = getSelectedRegion() == null;
        typing.forget();
        mode.set(kind);
    }

    private void showMode() {
        String selected = getSelectedRegion();
        String text = getMode() == SymptomKind.PAIN ? "Pain" : "Soreness";
        figures.forEach(f -> f.showMode(isInteractive() ? selected : null, text, getMode() == SymptomKind.PAIN));
    }

    // ---- interactive / compact ----

    public BooleanProperty interactiveProperty() {
        return interactive;
    }

    public boolean isInteractive() {
        return interactive.get();
    }

    public void setInteractive(boolean value) {
        interactive.set(value);
    }

    private void applyInteractive(boolean on) {
        regionNodes.values().forEach(n -> n.setFocusTraversable(on));
        legend.setVisible(on);
        legend.setManaged(on);
        if (on) {
            getStyleClass().remove("compact");
        } else if (!getStyleClass().contains("compact")) {
            getStyleClass().add("compact");
        }
        requestLayout();
    }

    // ---- keys ----

    private void onKeyPressed(KeyEvent e) {
        if (!isInteractive() || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return; // the window's shortcuts (Ctrl+1 goes to Today), never a mark
        }
        KeyCode code = e.getCode();
        String id = e.getTarget() instanceof Node target && target.getProperties().get(REGION_KEY) instanceof String r ? r : null;
        Optional<SymptomKind> modeKey = modeKey(code);
        if (modeKey.isPresent()) {
            if (id != null) {
                selectForKey(id);
            }
            chooseMode(modeKey.get());
        } else if (digit(code).isPresent() || step(code) != 0) {
            if (id == null) {
                onNoRegion.run();
            } else {
                selectForKey(id);
                levelKey(id, code);
            }
        } else if (id == null) {
            return;
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            typing.forget();
            onClear.accept(id);
        } else if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
            activate(id);
        } else if (direction(code).isPresent()) {
            DirectionalNavigation.next(anchors(), id, direction(code).get()).ifPresent(this::focusRegion);
        } else {
            return;
        }
        e.consume();
    }

    /** A key typed on a focused region that is not the selected one selects it first. */
    private void selectForKey(String id) {
        if (!id.equals(getSelectedRegion())) {
            activate(id);
        }
    }

    private void levelKey(String id, KeyCode code) {
        Optional<Integer> digit = digit(code);
        int level;
        if (digit.isPresent()) {
            level = typing.digit(id, getMode(), digit.get());
        } else {
            int now = typing.lastLevel(id, getMode()).orElse(Math.max(0, levelsOf(id).of(getMode())));
            level = Math.max(0, Math.min(RegionLevels.MAX, now + step(code)));
            if (level == now) {
                return;
            }
            typing.stepped(id, getMode(), level);
        }
        onLevelKey.accept(id, level);
    }

    private static Optional<SymptomKind> modeKey(KeyCode code) {
        return Optional.ofNullable(switch (code) {
            case S -> SymptomKind.SORENESS;
            case P -> SymptomKind.PAIN;
            default -> null;
        });
    }

    /** +1 for +, −1 for −, 0 for any other key. The "=" key is where "+" is on most keyboards. */
    private static int step(KeyCode code) {
        return switch (code) {
            case PLUS, ADD, EQUALS -> 1;
            case MINUS, SUBTRACT -> -1;
            default -> 0;
        };
    }

    private static Optional<Integer> digit(KeyCode code) {
        if (code.ordinal() >= KeyCode.DIGIT0.ordinal() && code.ordinal() <= KeyCode.DIGIT9.ordinal()) {
            return Optional.of(code.ordinal() - KeyCode.DIGIT0.ordinal());
        }
        if (code.ordinal() >= KeyCode.NUMPAD0.ordinal() && code.ordinal() <= KeyCode.NUMPAD9.ordinal()) {
            return Optional.of(code.ordinal() - KeyCode.NUMPAD0.ordinal());
        }
        return Optional.empty();
    }

    private static Optional<DirectionalNavigation.Direction> direction(KeyCode code) {
        return Optional.ofNullable(switch (code) {
            case UP, KP_UP -> DirectionalNavigation.Direction.UP;
            case DOWN, KP_DOWN -> DirectionalNavigation.Direction.DOWN;
            case LEFT, KP_LEFT -> DirectionalNavigation.Direction.LEFT;
            case RIGHT, KP_RIGHT -> DirectionalNavigation.Direction.RIGHT;
            default -> null;
        });
    }

    /** Each region's label point in this map's coordinates, so arrows can cross from one figure to the other. */
    private Map<String, Point2D> anchors() {
        Map<String, Point2D> out = new HashMap<>();
        for (FigureView view : figures) {
            for (RegionShape shape : view.figure().regions()) {
                Node node = regionNodes.get(shape.regionId());
                out.put(shape.regionId(), sceneToLocal(node.localToScene(shape.labelX(), shape.labelY())));
            }
        }
        return out;
    }

    // ---- layout ----

    @Override
    public String getUserAgentStylesheet() {
        return LevelStyles.STYLESHEET;
    }

    /** The scale at which both figures, their titles and the legend fit in the content area. */
    private double fitScale(double width, double height) {
        double figureW = 0;
        double figureH = 0;
        double titleH = 0;
        for (FigureView f : figures) {
            figureW += f.figure().width();
            figureH = Math.max(figureH, f.figure().height());
            titleH = Math.max(titleH, f.titleHeight());
        }
        double legendH = legend.isManaged() ? legend.prefHeight(width) + LEGEND_GAP : 0;
        double s = Math.min((width - FIGURE_GAP) / figureW, (height - titleH - legendH) / figureH);
        return Math.max(0.05, s);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        double s = fitScale(width, height);
        double pairW = FIGURE_GAP;
        double figH = 0;
        for (FigureView f : figures) {
            pairW += f.widthAt(s);
            figH = Math.max(figH, f.heightAt(s));
        }
        double legendW = legend.isManaged() ? Math.min(width, legend.prefWidth(-1)) : 0;
        double legendH = legend.isManaged() ? legend.prefHeight(legendW) : 0;
        double blockH = figH + (legend.isManaged() ? LEGEND_GAP + legendH : 0);
        double x = in.getLeft() + (width - pairW) / 2;
        double y = in.getTop() + (height - blockH) / 2;
        double outside = (width - pairW) / 2;
        for (int i = 0; i < figures.size(); i++) {
            FigureView f = figures.get(i);
            f.setDrawingScale(s);
            f.setRoomBeside(i == 0 ? outside : FIGURE_GAP / 2, i == figures.size() - 1 ? outside : FIGURE_GAP / 2);
            double w = f.widthAt(s);
            f.resizeRelocate(snapPositionX(x), snapPositionY(y), w, f.heightAt(s));
            x += w + FIGURE_GAP;
        }
        if (legend.isManaged()) {
            legend.resizeRelocate(snapPositionX(in.getLeft() + (width - legendW) / 2), snapPositionY(y + figH + LEGEND_GAP), legendW, legendH);
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        return isInteractive() ? 420 : 200;
    }

    @Override
    protected double computeMinHeight(double width) {
        return isInteractive() ? 500 : 240;
    }

    @Override
    protected double computePrefWidth(double height) {
        return isInteractive() ? 640 : 320;
    }

    @Override
    protected double computePrefHeight(double width) {
        return isInteractive() ? 760 : 380;
    }
}
