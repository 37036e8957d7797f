package dev.kip.ui.common;

/**
 * A view controller that wants to hear when the shell shows its (already built) view again, to
 * reload what other views may have changed meanwhile (e.g. Trends after a night was logged).
 */
public interface ShownAgain {
    void shownAgain();
}
