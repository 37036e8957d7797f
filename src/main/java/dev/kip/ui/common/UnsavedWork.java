package dev.kip.ui.common;

import java.util.Optional;

/**
 * A view controller whose form can hold typing not saved yet (a night, a workout). The shell asks it
 * before the window leaves the journal (quitting, another journal, a restore), which would drop it.
 */
public interface UnsavedWork {
    /** What was typed and not saved, in a few words ("the night you are logging"), or empty. */
    Optional<String> unsaved();

    /** Saves it as the form's Save does; false when it cannot be saved as it stands (the form shows why). */
    boolean saveUnsaved();
}
