package dev.kip.ui.common;

/**
 * A view that puts the cursor where the person will type when the shell shows it (Ctrl+2 goes
 * straight to the first empty field of the sleep diary), so that keys typed at once are not lost.
 */
public interface FocusOnShow {
    /** Called on the FX thread each time the view is shown, once it is visible. */
    void focusFirst();
}
