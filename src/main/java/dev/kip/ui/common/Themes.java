package dev.kip.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.kip.domain.Settings;
import java.net.URL;
import javafx.application.Application;

/** Applies the AtlantaFX Primer theme, light or dark. */
public final class Themes {
    private Themes() {
    }

    /**
     * Applies the theme unless it is the one already in use (re-applying re-parses it). From another
     * thread, JavaFX records the theme at once and parses it on the FX thread.
     */
    public static void apply(Settings.Theme theme) {
        String css = theme == Settings.Theme.DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        // The build compiles the theme to a binary stylesheet, which loads in a fraction of the parse time.
        String name = css.substring(css.lastIndexOf('/') + 1, css.length() - ".css".length());
        URL binary = Themes.class.getResource("/dev/kip/ui/theme/" + name + ".bss");
        String wanted = binary != null ? binary.toExternalForm() : css;
        if (!wanted.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(wanted);
        }
    }

    /** The app's own stylesheet, added to every scene: its binary form when the build made one (as for the themes). */
    public static String kipCss() {
        URL binary = Themes.class.getResource("/dev/kip/ui/theme/kip.bss");
        return (binary != null ? binary : Themes.class.getResource("/dev/kip/ui/kip.css")).toExternalForm();
    }
}
