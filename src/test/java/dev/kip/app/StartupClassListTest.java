package dev.kip.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preloader's list (installer/list-startup-classes.sh) must name classes this build has. */
class StartupClassListTest {
    private static List<String> list() throws IOException {
        try (InputStream in = ClassPreloader.class.getResourceAsStream(ClassPreloader.LIST)) {
            assertThat(in).as("%s in the build", ClassPreloader.LIST).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void namesTheClassesOfTheFirstFrame() throws IOException {
        assertThat(list()).contains("dev.kip.ui.shell.ShellController", "dev.kip.ui.today.TodayController",
                "javafx.fxml.FXMLLoader", "dev.kip.journal.Journal");
    }

    @Test
    void everyLineIsABinaryClassName() throws IOException {
        assertThat(list()).allMatch(name -> name.matches("[\\w$]+(\\.[\\w$]+)+"), "a class name such as javafx.scene.control.Label");
    }

    @Test
    void everyKipClassItNamesStillExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String name : list()) {
            if (name.startsWith("dev.kip.")) {
                try {
                    Class.forName(name, false, ClassPreloader.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    missing.add(name);
                }
            }
        }
        assertThat(missing).as("classes gone since installer/list-startup-classes.sh last ran: rerun it").isEmpty();
    }
}
