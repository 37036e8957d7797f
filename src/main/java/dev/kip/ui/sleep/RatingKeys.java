package dev.kip.ui.sleep;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.Rating;

/**
 * Makes a ControlsFX {@link Rating} usable from the keyboard (it only knows the mouse, and a click does not focus it): digits
 * 1–5 set the stars, 0 or Backspace clears them, Left/Right step; a label beside it names the value.
 */
final class RatingKeys {
    private RatingKeys() {
    }

    static void install(Rating rating, Label word, String[] words) {
        rating.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> rating.requestFocus());
        rating.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return; // Ctrl+3 goes to the Body view; it does not give three stars
            }
            int current = (int) rating.getRating();
            int next = switch (e.getCode()) {
                case DIGIT0, NUMPAD0, BACK_SPACE -> 0;
                case RIGHT, UP -> Math.min(rating.getMax(), current + 1);
                case LEFT, DOWN -> Math.max(0, current - 1);
                default -> digit(e.getCode(), rating.getMax(), current);
            };
            if (next != current || e.getCode() == KeyCode.DIGIT0) {
                rating.setRating(next);
                e.consume();
            }
        });
        rating.ratingProperty().addListener((obs, was, now) -> word.setText(words[(int) Math.round(now.doubleValue())]));
        word.setText(words[(int) rating.getRating()]);
    }

    private static int digit(KeyCode code, int max, int current) {
        if (code.isDigitKey()) {
            int d = code.getChar().charAt(0) - '0';
            if (code.name().startsWith("NUMPAD")) {
                d = code.name().charAt(code.name().length() - 1) - '0';
            }
            return d >= 1 && d <= max ? d : current;
        }
        return current;
    }
}
