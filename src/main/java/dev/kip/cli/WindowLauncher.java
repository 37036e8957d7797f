package dev.kip.cli;

import java.nio.file.Path;

/** Keeps JavaFX out of the command classes: only this call loads the UI. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void launch(Path journalOption) {
        dev.kip.app.KipApp.launchWith(journalOption);
    }
}
