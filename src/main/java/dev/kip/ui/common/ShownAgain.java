package dev.kip.ui.common;

/**
 * A view controller that wants to hear when the shell shows its already built view (again, or for
 * the first time after building it in the background): to reload what changed while it was hidden
 * ({@link ReloadOnChange#shown()}) or to put the cursor back where it is wanted.
 */
public interface ShownAgain {
    void shownAgain();
}
