package dev.kip.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.Settings;
import dev.kip.exchange.Quirk;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.Journal;
import dev.kip.journal.WorkoutStore;
import dev.kip.service.Changes;
import dev.kip.service.ImportService;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.common.SettingsModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every quirk of real exports through File ▸ Import…: the preview says what was decided, Import adds every set. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogQuirksTest {
    @TempDir
    Path dir;
    private Stage owner;
    private Journal journal;
    private final JournalExecutor executor = JournalExecutor.background(Platform::runLater);

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
        if (journal != null) {
            journal.close();
        }
    }

    static Stream<Quirk> quirks() {
        return Quirk.all();
    }

    @ParameterizedTest
    @MethodSource("quirks")
    void previewSaysWhatWasDecided_andImportAddsEverySet(Quirk quirk, FxRobot robot) throws Exception {
        Path file = quirk.copyTo(dir);
        journal = Journal.open(dir.resolve("journal.db"));
        robot.interact(() -> new ImportDialog(new ImportService(journal, Changes.direct(), Clock.systemUTC()), executor, new SettingsModel(Settings.DEFAULTS))
                .open(owner, file));

        waitForStatus(robot, "Check what will be imported.");
        // The exercise names ("  Squat (Barbell) → Back Squat (built-in rule)", "  New Lift") are listed apart, each with its list.
        Map<Boolean, List<String>> lines = quirk.preview().stream().collect(Collectors.partitioningBy(l -> l.startsWith("  ")));
        assertThat(robot.lookup("#import-preview").queryAs(TextArea.class).getText().lines()).containsAll(lines.get(false));
        assertThat(exerciseLines(robot)).containsAll(lines.get(true));
        robot.clickOn("#import-confirm");
        waitForStatus(robot, "Added " + quirk.added().describe() + ";");
        assertThat(new WorkoutStore(journal).between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)))
                .hasSize(quirk.added().workouts()).flatExtracting(w -> w.sets()).hasSize(quirk.added().sets());
        assertThat(new DeviceNightStore(journal).between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)))
                .hasSize(quirk.added().deviceNights());
    }

    /** The exercise names' rows as the command line words them: "  name → exercise (why)", or "  name" for a new one. */
    @SuppressWarnings("unchecked")
    private static List<String> exerciseLines(FxRobot robot) {
        if (robot.lookup("#import-exercise-rows").tryQuery().isEmpty()) {
            return List.of();
        }
        GridPane grid = robot.lookup("#import-exercise-rows").queryAs(GridPane.class);
        Map<Integer, List<Node>> rows = grid.getChildren().stream().collect(Collectors.groupingBy(GridPane::getRowIndex));
        return rows.values().stream().map(row -> {
            String name = ((Label) row.get(0)).getText();
            ComboBox<Object> target = (ComboBox<Object>) row.get(2);
            String shown = target.getConverter().toString(target.getValue());
            return shown.equals("Keep as a new exercise") ? "  " + name
                    : "  " + name + " → " + shown + " (" + ((Label) row.get(3)).getText() + ")";
        }).toList();
    }

    private static void waitForStatus(FxRobot robot, String prefix) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#import-status").queryAs(Label.class).getText().startsWith(prefix));
    }
}
