package dev.kip.ui.help;

import java.util.List;

/** The keys of the window and of each view, as Help lists them ("Ctrl" reads "Cmd" on a Mac). */
final class Shortcuts {
    private Shortcuts() {
    }

    /** One key or chord and what it does. */
    record Key(String keys, String does) {
    }

    /** The keys of one view, or of the whole window. */
    record Section(String title, List<Key> keys) {
    }

    static final List<Section> ALL = List.of(
            new Section("Everywhere", List.of(
                    new Key("Ctrl+1 … Ctrl+6", "Today, Sleep, Body, Training, Trends, Report"),
                    new Key("Up / Down in the navigation", "The view above or below"),
                    new Key("F1", "Help: this window, at the glossary entry of the focused term"),
                    new Key("Tab / Shift+Tab", "Next or previous field, in reading order"),
                    new Key("Ctrl+O", "Open another journal"),
                    new Key("Ctrl+,", "Settings: units, clock, sleep target, e1RM formula, theme"),
                    new Key("Ctrl+Q", "Quit"))),
            new Section("Today", List.of(
                    new Key("Tab, then Enter or Space", "Log last night, mark the body or log a workout"))),
            new Section("Sleep", List.of(
                    new Key("Enter", "Save the night, from any field of the form"),
                    new Key("1 … 5 on a star rating", "Set the stars; 0 or Backspace clears, Left and Right step"),
                    new Key("Ctrl+Z", "Undo the last save or delete"),
                    new Key("Delete in the list", "Delete the selected night (asks first)"))),
            new Section("Body", List.of(
                    new Key("Arrow keys on the map", "Move to the region in that direction"),
                    new Key("0 … 9", "Set the level of the focused region; 1 then 0 quickly makes 10"),
                    new Key("+ / −", "One level up or down"),
                    new Key("S / P", "Mark soreness or pain"),
                    new Key("Enter or Space", "Select the focused region"),
                    new Key("Delete or Backspace", "Clear the focused region's mark"),
                    new Key("Alt+Left / Alt+Right, Page Up / Page Down", "The day before or after"))),
            new Section("Training", List.of(
                    new Key("Ctrl+N", "New workout"),
                    new Key("Ctrl+R", "Repeat the last workout for today (Start from: the last of a name, a routine)"),
                    new Key("Enter in an exercise name", "Pick the exercise and go to its first set; a new name asks first"),
                    new Key("Down / Up in an exercise name", "Move through the suggestions; Esc closes them"),
                    new Key("Enter in a set", "Next set, starting as a copy of this one"),
                    new Key("Enter in an empty set", "Take last time's weight and reps, then the next set"),
                    new Key("Ctrl+Enter", "Next exercise"),
                    new Key("W / U / D / F on a set's type", "Working, warm-up, drop or failure set; Space for the next type"),
                    new Key("Ctrl+S", "Save the workout"))),
            new Section("Charts (Trends, Body, Training)", List.of(
                    new Key("Left / Right", "Step through the values; each is read out and shown"),
                    new Key("Home / End, Page Up / Page Down", "First or last value, or a tenth of them at a time"))));
}
