package dev.kip.ui.exchange;

import dev.kip.domain.LiftSet;
import dev.kip.domain.Settings;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.domain.Workout;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.Journal;
import dev.kip.journal.WorkoutStore;
import dev.kip.service.Changes;
import dev.kip.service.ImportService;
import dev.kip.service.JournalExecutor;
import dev.kip.ui.common.SettingsModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** The import window on a real background executor: reading, the preview, the unit choice and the import. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
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

    private static String status(FxRobot robot) {
        return robot.lookup("#import-status").queryAs(Label.class).getText();
    }

    private static void waitForStatus(FxRobot robot, String prefix) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status(robot).startsWith(prefix));
    }

    @Test
    void previewThenPoundsThenImport(FxRobot robot) throws Exception {
        Path file = dir.resolve("strong-b.csv");
        try (InputStream in = getClass().getResourceAsStream("/dev/kip/exchange/strong-b.csv")) {
            Files.copy(in, file);
        }
        journal = Journal.open(dir.resolve("journal.db"));
        // Built on the FX thread, as the menu handler builds it.
        robot.interact(() -> new ImportDialog(new ImportService(journal, Changes.direct(), Clock.systemUTC()), executor, new SettingsModel(Settings.DEFAULTS))
                .open(owner, file));

        waitForStatus(robot, "Check what will be imported.");
        assertThat(robot.lookup("#import-preview").queryAs(TextArea.class).getText())
                .contains("assumed kg", "To add: 3 workouts (5 sets)");
        assertThat(target(robot, "Bench Press (Barbell)").getValue()).hasToString("Target[id=%d, name=Bench Press]",
                new ExerciseStore(journal).byName("Bench Press").orElseThrow().id());
        ChoiceBox<MassUnit> unit = robot.lookup("#import-unit").queryAs(ChoiceBox.class);
        assertThat(unit.isVisible()).isTrue();
        assertThat(unit.getValue()).isEqualTo(MassUnit.KG);

        robot.interact(() -> unit.setValue(MassUnit.LB));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#import-preview").queryAs(TextArea.class).getText().contains("assumed lb"));
        waitForStatus(robot, "Check what will be imported.");

        robot.clickOn("#import-confirm");
        waitForStatus(robot, "Added 3 workouts (5 sets)");
        assertThat(robot.lookup("#import-cancel").queryAs(Button.class).getText()).isEqualTo("Close");
        List<Workout> stored = new WorkoutStore(journal).between(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 4));
        // 75 lb × 0.45359237 = 34.02 kg.
        assertThat(stored.get(0).sets()).extracting(LiftSet::weightKg).containsExactly(34.02, 34.02);
    }

    /** The list that says where the sets of {@code fileName} go. */
    @SuppressWarnings("unchecked")
    private static ComboBox<Object> target(FxRobot robot, String fileName) {
        return robot.lookup(".combo-box").queryAllAs(ComboBox.class).stream()
                .filter(c -> ("Where the sets of " + fileName + " go").equals(c.getAccessibleText())).findFirst().orElseThrow();
    }

    @Test
    void aMappingChangedInThePreviewTakesTheSets_andIsKeptForTheNextImport(FxRobot robot) throws Exception {
        Path file = dir.resolve("strong-b.csv");
        try (InputStream in = getClass().getResourceAsStream("/dev/kip/exchange/strong-b.csv")) {
            Files.copy(in, file);
        }
        journal = Journal.open(dir.resolve("journal.db"));
        robot.interact(() -> new ImportDialog(new ImportService(journal, Changes.direct(), Clock.systemUTC()), executor,
                new SettingsModel(Settings.DEFAULTS)).open(owner, file));
        waitForStatus(robot, "Check what will be imported.");
        ComboBox<Object> squat = target(robot, "Squat (Barbell)");
        assertThat(squat.getValue()).hasToString("Target[id=%d, name=Back Squat]",
                new ExerciseStore(journal).byName("Back Squat").orElseThrow().id());
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("built-in rule", "close match", "not in the catalog");

        // As a person does it: open the list, bring Front Squat into view, click it.
        robot.clickOn(squat);
        ListView<Object> list = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        int front = squat.getItems().stream().map(Object::toString).toList().indexOf(
                "Target[id=" + new ExerciseStore(journal).byName("Front Squat").orElseThrow().id() + ", name=Front Squat]");
        robot.interact(() -> list.scrollTo(front));
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Front Squat")).queryAs(ListCell.class));
        assertThat(squat.getValue().toString()).contains("name=Front Squat");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText).contains("your choice");

        robot.clickOn("#import-confirm");
        waitForStatus(robot, "Added 3 workouts (5 sets)");
        ExerciseStore exercises = new ExerciseStore(journal);
        long frontId = exercises.byName("Front Squat").orElseThrow().id();
        Workout legs = new WorkoutStore(journal).between(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 5)).get(0);
        assertThat(legs.sets()).filteredOn(s -> s.weightKg() != null).extracting(LiftSet::exerciseId).containsExactly(frontId);
        assertThat(exercises.aliases()).containsEntry("Squat (Barbell)", "Front Squat");
    }

    @Test
    void aBadFileSaysWhereAndImportsNothing(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"),
                "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n"
                        + "2024-03-04 07:01:00,A,1h,Squat,1,\"12,5,0\",5,,,\n");
        journal = Journal.open(dir.resolve("journal.db"));
        // Built on the FX thread, as the menu handler builds it.
        robot.interact(() -> new ImportDialog(new ImportService(journal, Changes.direct(), Clock.systemUTC()), executor, new SettingsModel(Settings.DEFAULTS))
                .open(owner, file));

        waitForStatus(robot, "Nothing was imported: bad.csv, line 2, column Weight: '12,5,0' is not a number");
        assertThat(robot.lookup("#import-confirm").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(new WorkoutStore(journal).count()).isZero();
    }
}
