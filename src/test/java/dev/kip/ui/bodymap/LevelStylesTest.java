package dev.kip.ui.bodymap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LevelStylesTest {

    @Test
    void rampsBecomeLookedUpColoursDarkValueFirst() {
        String css = LevelStyles.levelRules();
        // soreness 6: dark #cb6415, light #ec6518; pain 10: dark #ffaec8, light #4a0842; outline: dark #636c76, light #848d97
        assertThat(css).contains("-kip-outline: ladder(-color-bg-default, #636c76 49%, #848d97 50%);").contains("-kip-sore-6: ladder(-color-bg-default, #cb6415 49%, #ec6518 50%);")
                .contains("-kip-pain-10: ladder(-color-bg-default, #ffaec8 49%, #4a0842 50%);")
                .contains("-kip-pain-band: ladder(-color-bg-default, rgba(255, 255, 255, 0.10) 49%, rgba(255, 255, 255, 0.65) 50%);");
    }

    @Test
    void everyLevelClassHasItsRule() {
        String css = LevelStyles.levelRules();
        for (int level = 1; level <= 10; level++) {
            assertThat(css).contains(".sore-" + level + " { -fx-fill: -kip-sore-" + level + "; }")
                    .contains(".pain-" + level + " { -fx-fill: linear-gradient(")
                    .contains(".body-region.has-pain.sore-" + level + " { -fx-stroke: -kip-sore-" + level + ";");
        }
        assertThat(css.indexOf(".pain-1 ")).as("pain after soreness, so it wins").isGreaterThan(css.indexOf(".sore-10 "));
    }

    @Test
    void theStylesheetIsBodyMapCssFollowedByTheRules() {
        String prefix = "data:text/css;base64,";
        assertThat(LevelStyles.STYLESHEET).startsWith(prefix);
        String css = new String(Base64.getDecoder().decode(LevelStyles.STYLESHEET.substring(prefix.length())), StandardCharsets.UTF_8);
        assertThat(css).startsWith("/*\n * Kip body map.").endsWith(LevelStyles.levelRules()).contains(".body-region {");
    }
}
