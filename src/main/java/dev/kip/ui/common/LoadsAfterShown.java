package dev.kip.ui.common;

import java.util.concurrent.CompletionStage;

/**
 * A view controller whose data arrive from the journal thread after its view is first shown. The
 * shell waits for them before it builds the other views, so they do not queue behind that work.
 */
public interface LoadsAfterShown {
    /** Completes once the first data are on screen, or could not be loaded. */
    CompletionStage<Void> firstLoad();
}
