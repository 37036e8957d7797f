package dev.kip.ui.common;

/**
 * A view controller that wants to hear when the shell shows its already built view (again, or for
 * the first time after building it in the background), to reload what other views may have changed
 * meanwhile (e.g. Trends after a night was logged) or to put the cursor back where it is wanted.
 */
public interface ShownAgain {
    void shownAgain();
}
