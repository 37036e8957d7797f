package dev.kip.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every role keeps its contrast against every surface, in both schemes (WCAG 2.1: text 4.5:1, graphics 3:1). */
class RoleContrastTest {

    static Stream<Arguments> everyRoleInEveryScheme() {
        return Arrays.stream(Role.values()).flatMap(r -> Arrays.stream(ColorScheme.values()).map(s -> Arguments.of(r, s)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyRoleInEveryScheme")
    void keepsItsContrastAgainstEverySurface(Role role, ColorScheme scheme) {
        for (Role surface : Role.values()) {
            if (surface.use() == Role.Use.SURFACE) {
                double contrast = role.in(scheme).contrast(surface.in(scheme));
                if (role.use() == Role.Use.SURFACE) {
                    assertThat(contrast).as("%s against %s: surfaces are grounds, close to one another", role, surface)
                            .isLessThan(1.2);
                } else {
                    assertThat(contrast).as("%s %s on %s %s", role, role.in(scheme).hex(), surface, surface.in(scheme).hex())
                            .isGreaterThanOrEqualTo(role.use().minimumContrast());
                }
            }
        }
    }

    @Test
    void minimaAreWcags() {
        assertThat(Role.Use.TEXT.minimumContrast()).isEqualTo(4.5);
        assertThat(Role.Use.GRAPHIC.minimumContrast()).isEqualTo(3);
        assertThat(Role.TEXT.use()).isEqualTo(Role.Use.TEXT);
        assertThat(Role.GRID.use()).isEqualTo(Role.Use.GRAPHIC);
    }

    @ParameterizedTest
    @EnumSource(ColorScheme.class)
    void surfacesAndTextAreTheThemesOwn(ColorScheme scheme) throws IOException {
        String css = "/atlantafx/base/theme/primer-" + scheme.name().toLowerCase(java.util.Locale.ROOT) + ".css";
        Map<Role, String> variables = Map.of(Role.BACKGROUND, "-color-bg-default", Role.PANEL, "-color-bg-subtle",
                Role.TEXT, "-color-fg-default", Role.MUTED, "-color-fg-muted");
        String text;
        try (InputStream in = RoleContrastTest.class.getResourceAsStream(css)) {
            assertThat(in).as(css).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        variables.forEach((role, variable) -> {
            Matcher m = Pattern.compile(Pattern.quote(variable) + ":\\s*(#[0-9a-fA-F]{6});").matcher(text);
            assertThat(m.find()).as("%s in %s", variable, css).isTrue();
            assertThat(role.in(scheme).hex()).as("%s = %s", role, variable).isEqualToIgnoringCase(m.group(1));
        });
    }

    @ParameterizedTest
    @EnumSource(Ramp.class)
    void rampsGoFromFaintToStrongAgainstThePage(Ramp ramp) {
        for (ColorScheme scheme : ColorScheme.values()) {
            Rgb page = Role.BACKGROUND.in(scheme);
            for (int level = 2; level <= Ramp.MAX_LEVEL; level++) {
                assertThat(ramp.at(level, scheme).contrast(page)).as("%s %s level %d against level %d", ramp, scheme, level, level - 1)
                        .isGreaterThan(ramp.at(level - 1, scheme).contrast(page));
            }
        }
    }

    @Test
    void everyPainLevelIsAGraphicOnTheDarkFigure() {
        for (int level = 1; level <= Ramp.MAX_LEVEL; level++) {
            Rgb pain = Ramp.PAIN.at(level, ColorScheme.DARK);
            for (Role surface : new Role[] {Role.BACKGROUND, Role.PANEL}) {
                assertThat(pain.contrast(surface.in(ColorScheme.DARK))).as("pain %d %s on %s", level, pain.hex(), surface)
                        .isGreaterThanOrEqualTo(Role.Use.GRAPHIC.minimumContrast());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ColorScheme.class)
    void bodyOutlinesStandOutFromTheFigureAndThePage(ColorScheme scheme) {
        // the body map draws regions filled with the page colour over a figure of the panel colour
        assertThat(Role.OUTLINE.in(scheme).contrast(Role.BACKGROUND.in(scheme))).isGreaterThanOrEqualTo(3);
        assertThat(Role.OUTLINE.in(scheme).contrast(Role.PANEL.in(scheme))).isGreaterThanOrEqualTo(3);
    }

    @Test
    void symptomLinesAreTheirRampsStrongEnd() {
        assertThat(Role.SORENESS.in(ColorScheme.LIGHT)).isEqualTo(Ramp.SORENESS.at(7, ColorScheme.LIGHT));
        assertThat(Role.PAIN.in(ColorScheme.DARK)).isEqualTo(Ramp.PAIN.at(8, ColorScheme.DARK));
    }
}
