package dev.kip.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.kip.domain.Settings;
import javafx.application.Application;

/** Applies the AtlantaFX Primer theme, light or dark. */
public final class Themes {
    private Themes() {
    }

    public static void apply(Settings.Theme theme) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The app's own stylesheet, added to every scene. */
    public static String kipCss() {
        return Themes.class.getResource("/dev/kip/ui/kip.css").toExternalForm();
    }
}
