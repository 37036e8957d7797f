package dev.kip.ui.training;

import dev.kip.domain.SetType;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/**
 * A set's type as one button: Space or a click moves to the next type, and a letter picks one
 * (W working, U warm-up, D drop, F failure). Lighter than a combo box, which matters with a
 * few dozen set rows on screen.
 */
final class SetTypeButton extends Button {
    private final ObjectProperty<SetType> value = new SimpleObjectProperty<>(SetType.WORKING);

    SetTypeButton() {
        getStyleClass().add("set-type");
        setTooltip(new Tooltip("Set type: Space for the next, or W working, U warm-up, D drop, F failure"));
        textProperty().bind(value.map(SetType::label));
        setOnAction(e -> value.set(SetType.values()[(value.get().ordinal() + 1) % SetType.values().length]));
        setOnKeyTyped(e -> {
            SetType picked = switch (e.getCharacter().toLowerCase(Locale.ROOT)) {
                case "w" -> SetType.WORKING;
                case "u" -> SetType.WARM_UP;
                case "d" -> SetType.DROP;
                case "f" -> SetType.FAILURE;
                default -> null;
            };
            if (picked != null) {
                value.set(picked);
                e.consume();
            }
        });
    }

    ObjectProperty<SetType> valueProperty() {
        return value;
    }

    SetType getValue() {
        return value.get();
    }

    void setValue(SetType t) {
        value.set(t);
    }
}
