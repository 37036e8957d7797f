package dev.kip.ui.training;

import atlantafx.base.theme.Styles;
import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Settings;
import dev.kip.insight.TrainingRules;
import dev.kip.insight.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One set as a row of fields: weight (in the settings' unit), reps, RPE, RIR and type, then the
 * distance and time of a hold or a run (kept as imported), a record badge and a remove button. A
 * weight left as shown is saved as the exact kg it came from ({@link Units#keptOrEntered}), so
 * viewing and saving never drifts a weight.
 */
final class SetRow extends HBox {
    static final double[] WIDTHS = {28, 104, 84, 60, 60, 60, 110};

    final Label index = new Label();
    final Label previous = new Label("—");
    final TextField weight = field("weight", WIDTHS[2]);
    final TextField reps = field("reps", WIDTHS[3]);
    final TextField rpe = field("rpe", WIDTHS[4]);
    final TextField rir = field("rir", WIDTHS[5]);
    final SetTypeButton type = new SetTypeButton();
    final Label held = new Label();
    final Label badge = new Label();
    final Button remove = new Button(null, new FontIcon(Feather.X));
    private final Settings settings;
    private Double originalKg;
    private String shownWeight = "";
    private Double distanceM;
    private Integer seconds;
    private LiftSet last;

    SetRow(Settings settings) {
        this.settings = settings;
        getStyleClass().add("set-row");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        index.setMinWidth(WIDTHS[0]);
        index.getStyleClass().add("text-muted");
        previous.setMinWidth(WIDTHS[1]);
        previous.setPrefWidth(WIDTHS[1]);
        previous.getStyleClass().addAll("set-previous", "text-muted");
        type.setPrefWidth(WIDTHS[6]);
        type.setMinWidth(WIDTHS[6]);
        held.getStyleClass().addAll("set-held", "text-muted");
        held.managedProperty().bind(held.visibleProperty());
        held.setVisible(false);
        badge.getStyleClass().add("record-badge");
        badge.setVisible(false);
        badge.managedProperty().bind(badge.visibleProperty());
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "remove-set");
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip("Remove this set"));
        getChildren().addAll(index, previous, weight, reps, rpe, rir, type, held, badge, remove);
    }

    private static TextField field(String id, double width) {
        TextField f = new TextField();
        f.getStyleClass().add("set-" + id);
        f.setPrefWidth(width);
        f.setMinWidth(width);
        f.setAlignment(Pos.CENTER_RIGHT);
        return f;
    }

    /** Shows the set's number, and names its fields after it for screen readers ("Set 2 reps"). */
    void number(int n) {
        index.setText(Integer.toString(n));
        weight.setAccessibleText("Set " + n + " weight (" + Units.label(settings.massUnit()) + ")");
        reps.setAccessibleText("Set " + n + " reps");
        rpe.setAccessibleText("Set " + n + " RPE");
        rir.setAccessibleText("Set " + n + " RIR");
        type.setAccessibleText("Set " + n + " type");
        previous.setAccessibleText("Set " + n + " last time: " + (last == null ? "none" : previous.getText()));
    }

    /**
     * Shows what the person did in this set of the exercise last time (null: nothing), beside the
     * set and as the hint in its empty weight and reps fields.
     */
    void lastTime(LiftSet set) {
        last = set;
        String w = set == null || set.weightKg() == null ? null : Units.formatWithUnit(set.weightKg(), settings.massUnit(), settings.weightStep());
        String r = set == null || set.reps() == null ? null : set.reps().toString();
        previous.setText(w == null && r == null ? "—" : w == null ? r + " reps" : r == null ? w : w + " × " + r);
        weight.setPromptText(w == null ? null : Units.format(set.weightKg(), settings.massUnit(), settings.weightStep()));
        reps.setPromptText(r);
    }

    /** Fills an empty set with last time's weight, reps and type; false when there was no last time. */
    boolean takeLastTime() {
        if (last == null || (last.weightKg() == null && last.reps() == null)) {
            return false;
        }
        showWeight(last.weightKg());
        reps.setText(last.reps() == null ? "" : last.reps().toString());
        type.setValue(last.type());
        return true;
    }

    /** Fills the row from a stored set. */
    void show(LiftSet s) {
        showWeight(s.weightKg());
        reps.setText(s.reps() == null ? "" : s.reps().toString());
        rpe.setText(s.rpe() == null ? "" : java.math.BigDecimal.valueOf(s.rpe()).stripTrailingZeros().toPlainString());
        rir.setText(s.rir() == null ? "" : s.rir().toString());
        type.setValue(s.type());
        showHeld(s.distanceM(), s.seconds());
    }

    private void showHeld(Double distance, Integer time) {
        distanceM = distance;
        seconds = time;
        held.setText(Units.distanceAndTime(distance, time, settings.massUnit()));
        held.setVisible(distance != null || time != null);
    }

    private void showWeight(Double kg) {
        originalKg = kg;
        shownWeight = kg == null ? "" : Units.format(kg, settings.massUnit(), settings.weightStep());
        weight.setText(shownWeight);
    }

    /** A new row holding the same values, carrying the exact kg of an untouched weight. */
    SetRow copy() {
        SetRow next = new SetRow(settings);
        next.originalKg = originalKg;
        next.shownWeight = shownWeight;
        next.weight.setText(weight.getText());
        next.reps.setText(reps.getText());
        next.rpe.setText(rpe.getText());
        next.rir.setText(rir.getText());
        next.type.setValue(type.getValue());
        next.showHeld(distanceM, seconds);
        return next;
    }

    /** True when nothing was typed in the row (an empty trailing row is not a set). */
    boolean isBlank() {
        return weight.getText().isBlank() && reps.getText().isBlank() && rpe.getText().isBlank() && rir.getText().isBlank()
                && distanceM == null && seconds == null;
    }

    /** Adds the set's texts and type (to tell typing not saved yet). */
    void addContent(List<String> texts) {
        texts.addAll(List.of(weight.getText().strip(), reps.getText().strip(), rpe.getText().strip(), rir.getText().strip(),
                String.valueOf(type.getValue())));
    }

    /** The set, or the messages of its invalid fields (each field marked); {@code prefix} names the set in messages. */
    Optional<LiftSet> read(String prefix, List<String> problems) {
        List<String> mine = new ArrayList<>();
        Double kg = check(weight, mine, () -> {
            String text = weight.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            Double shown = FieldText.decimal("Weight", text);
            return originalKg != null && text.equals(shownWeight) ? originalKg : Units.toKg(shown, settings.massUnit());
        }, TrainingRules::weight);
        Integer r = check(reps, mine, () -> FieldText.wholeNumber("Reps", reps.getText()), v -> TrainingRules.reps(v, type.getValue(), distanceM != null || seconds != null));
        Double e = check(rpe, mine, () -> FieldText.decimal("RPE", rpe.getText()), TrainingRules::rpe);
        Integer x = check(rir, mine, () -> FieldText.wholeNumber("RIR", rir.getText()), TrainingRules::rir);
        mine.forEach(m -> problems.add(prefix + m));
        if (!mine.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LiftSet(0, 0, type.getValue(), kg, r, e, x, distanceM, seconds));
    }

    private interface Parse<T> {
        T parse() throws FieldText.Invalid;
    }

    private interface Rule<T> {
        Optional<String> check(T value);
    }

    private static <T> T check(TextField field, List<String> problems, Parse<T> parse, Rule<T> rule) {
        String problem;
        T value = null;
        try {
            value = parse.parse();
            problem = rule.check(value).orElse(null);
        } catch (FieldText.Invalid e) {
            problem = e.getMessage();
        }
        field.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
        field.setTooltip(problem == null ? null : new Tooltip(problem));
        if (problem != null) {
            problems.add(problem);
        }
        return value;
    }

    /** Shows the record(s) this set set, or hides the badge. */
    void markRecord(String text) {
        badge.setText(text);
        // A badge kept over a save keeps its icon: a new node on every save is styled and laid out anew.
        if (text == null) {
            badge.setGraphic(null);
        } else if (badge.getGraphic() == null) {
            badge.setGraphic(new FontIcon(Feather.AWARD));
        }
        badge.setVisible(text != null);
    }
}
