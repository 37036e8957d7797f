package dev.kip.ui.common;

/** Lets a view send the person to another view (e.g. Today's "Log last night" button). */
public interface Navigator {
    void show(KipView view);
}
