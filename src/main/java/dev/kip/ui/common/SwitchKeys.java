package dev.kip.ui.common;

import atlantafx.base.controls.ToggleSwitch;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Space flips an AtlantaFX {@link ToggleSwitch}, as it does a check box: the switch takes the keyboard focus, but its
 * skin only listens to the mouse.
 */
public final class SwitchKeys {
    private SwitchKeys() {
    }

    public static void spaceToggles(ToggleSwitch... switches) {
        for (ToggleSwitch s : switches) {
            s.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && !e.isAltDown()) {
                    s.fire();
                    e.consume();
                }
            });
        }
    }
}
