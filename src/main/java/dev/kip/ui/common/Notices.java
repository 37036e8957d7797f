package dev.kip.ui.common;

import dev.kip.text.ControlChars;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Brief messages that need no answer (a backup was written, a restore finished), shown over the
 * window; control characters in them are shown escaped, like in {@link Dialogs}.
 */
public final class Notices {
    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private Notices() {
    }

    public static void info(Window owner, String title, String text) {
        create(owner, title, text).showInformation();
    }

    public static void warning(Window owner, String title, String text) {
        create(owner, title, text).showWarning();
    }

    private static Notifications create(Window owner, String title, String text) {
        Notifications n = Notifications.create().title(title).text(ControlChars.escape(text)).hideAfter(SHOWN_FOR);
        return owner == null ? n : n.owner(owner);
    }
}
