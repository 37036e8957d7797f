package dev.kip.ui.training;

import dev.kip.insight.ExerciseNames;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * Completes an exercise name as it is typed, with no delay and nothing left to race: the list
 * under the field is rebuilt on each key, and Enter resolves the text itself ({@link ExerciseNames})
 * unless the person moved into the list with the arrow keys. A text that resolves to no exercise
 * asks first: "New exercise 'x'? Enter creates it, Esc picks from the list".
 */
final class ExerciseCompletion {
    private static final int SHOWN = 8;

    private final TextField field;
    private final Label question;
    private final Supplier<ExerciseNames> names;
    private final Consumer<String> chosen;
    private final boolean allowNew;
    /** Made when first shown: a popup is a window and scene of its own, and each exercise of an opened workout has a completion. */
    private Popup popup;
    private final ListView<String> list = new ListView<>();
    private boolean browsing;
    private boolean asking;
    private boolean setting;
    private String confirmedNew;

    /**
     * {@code chosen} gets the catalog name (or the confirmed new name) once the person has picked one;
     * without {@code allowNew}, Enter on an unknown name opens the list instead of asking.
     */
    ExerciseCompletion(TextField field, Label question, Supplier<ExerciseNames> names, boolean allowNew, Consumer<String> chosen) {
        this.field = field;
        this.allowNew = allowNew;
        this.question = question;
        this.names = names;
        this.chosen = chosen;
        question.getStyleClass().add("new-exercise-question");
        question.setWrapText(true);
        question.setVisible(false);
        question.managedProperty().bind(question.visibleProperty());
        // Not focusable: the keys stay with the field, which moves the list's highlight itself.
        list.setFocusTraversable(false);
        list.getStyleClass().add("exercise-suggestions");
        list.setAccessibleText("Exercise suggestions");
        list.setOnMouseClicked(e -> {
            String pick = list.getSelectionModel().getSelectedItem();
            if (pick != null) {
                choose(pick);
            }
        });
        field.textProperty().addListener((o, a, b) -> {
            if (!setting) {
                typed(b);
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                left();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The name the field stands for: its catalog name, or the text the person confirmed as new; null when neither. */
    String resolved() {
        String text = field.getText();
        if (confirmedNew != null && ExerciseNames.key(text).equals(confirmedNew)) {
            return text.strip().replaceAll("\\s+", " ");
        }
        return names.get().resolve(text).map(ExerciseNames.Match::name).orElse(null);
    }

    /** Shows a stored name as it is, without suggestions. */
    void set(String name) {
        setting = true;
        field.setText(name);
        setting = false;
    }

    private void typed(String text) {
        confirmedNew = null;
        ask(false);
        browsing = false;
        show(names.get().suggestions(text, SHOWN));
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case DOWN, UP -> {
                if (!showing()) {
                    show(suggestionsOrAll());
                }
                if (!list.getItems().isEmpty()) {
                    move(e.getCode() == KeyCode.DOWN ? 1 : -1);
                }
                e.consume();
            }
            case ENTER -> {
                enter();
                e.consume();
            }
            case ESCAPE -> {
                if (asking) {
                    ask(false);
                    pickFromList();
                    e.consume();
                } else if (showing()) {
                    hide();
                    e.consume();
                }
            }
            default -> {
            }
        }
    }

    private void enter() {
        String picked = list.getSelectionModel().getSelectedItem();
        if (browsing && showing() && picked != null) {
            choose(picked);
        } else if (asking) {
            confirmedNew = ExerciseNames.key(field.getText());
            ask(false);
            chosen.accept(resolved());
        } else if (!field.getText().isBlank()) {
            names.get().resolve(field.getText()).ifPresentOrElse(m -> choose(m.name()), () -> {
                if (allowNew) {
                    hide();
                    ask(true);
                } else {
                    pickFromList();
                }
            });
        }
    }

    private void pickFromList() {
        show(suggestionsOrAll());
        move(1);
    }

    private void choose(String name) {
        set(name);
        hide();
        ask(false);
        chosen.accept(name);
    }

    /** Leaving the field shows the name the text resolved to, so what is saved is what is seen. */
    private void left() {
        hide();
        ask(false);
        if (confirmedNew == null) {
            names.get().resolve(field.getText()).ifPresent(m -> set(m.name()));
        }
    }

    private List<String> suggestionsOrAll() {
        List<String> some = names.get().suggestions(field.getText(), SHOWN);
        return some.isEmpty() ? names.get().suggestions(field.getText().isBlank() ? "" : field.getText().substring(0, 1), SHOWN) : some;
    }

    private void move(int by) {
        browsing = true;
        int at = list.getSelectionModel().getSelectedIndex() + by;
        at = Math.max(0, Math.min(list.getItems().size() - 1, at));
        list.getSelectionModel().select(at);
        list.scrollTo(at);
    }

    private void show(List<String> items) {
        list.getItems().setAll(items);
        list.getSelectionModel().clearSelection();
        if (items.isEmpty() || !field.isFocused() || field.getScene() == null) {
            hide();
            return;
        }
        list.setPrefHeight(Math.min(items.size(), SHOWN) * 30 + 4);
        list.setPrefWidth(Math.max(220, field.getWidth()));
        if (!showing()) {
            if (popup == null) {
                popup = new Popup();
                popup.getContent().add(list);
                popup.setAutoHide(true);
                // A click beside the list closes it and still does what it clicked (Add exercise, a workout in
                // the list): a first click that only closed the list read as a missed click.
                popup.setConsumeAutoHidingEvents(false);
            }
            popup.getScene().getStylesheets().setAll(field.getScene().getStylesheets());
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) {
                popup.show(field, b.getMinX(), b.getMaxY());
            }
        }
    }

    private boolean showing() {
        return popup != null && popup.isShowing();
    }

    private void hide() {
        if (popup != null) {
            popup.hide();
        }
    }

    private void ask(boolean on) {
        asking = on;
        question.setText(on ? "New exercise '" + field.getText().strip() + "'? Enter creates it, Esc picks from the list." : "");
        question.setVisible(on);
    }
}
