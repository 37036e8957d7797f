package dev.kip.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.demo.DemoJournal;
import dev.kip.domain.Appointment;
import dev.kip.service.ReportService;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ReportViewTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    @TempDir
    static Path dir;
    private ViewHarness harness;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:30:00Z"), ZoneId.of("Europe/Berlin"));
        harness = ViewHarness.open(dir.resolve("report-" + System.nanoTime() + ".db"), clock);
        DemoJournal.write(harness.journal(), 1, 5, TODAY);
        ViewHarness.showOn(stage, new ViewLoader(harness.factory()).load("/dev/kip/ui/report/Report.fxml").root(), 1000, 800);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void opensOnNinetyDaysWithAPreview(FxRobot robot) {
        assertThat(robot.lookup("#report-from").queryAs(DatePicker.class).getValue()).isEqualTo(TODAY.minusDays(89));
        assertThat(robot.lookup("#report-to").queryAs(DatePicker.class).getValue()).isEqualTo(TODAY);
        ImageView page = robot.lookup("#report-page-1").queryAs(ImageView.class);
        assertThat(page.getImage().getWidth()).isGreaterThan(700); // A4 at 96 dpi is 794 px wide
        assertThat(robot.lookup("#report-status").queryAs(Label.class).getText()).matches("[12] pages?\\.");
        assertThat(robot.lookup("#save-pdf").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void presetsAndSectionsRebuildThePreview(FxRobot robot) {
        robot.clickOn("#range-30");
        assertThat(robot.lookup("#report-from").queryAs(DatePicker.class).getValue()).isEqualTo(TODAY.minusDays(29));
        robot.clickOn("#section-training").clickOn("#section-recovery").clickOn("#section-notes");
        assertThat(robot.lookup("#report-status").queryAs(Label.class).getText()).isEqualTo("1 page.");
    }

    @Test
    void aStartAfterTheEndIsRefusedWithoutSaving(FxRobot robot) {
        robot.interact(() -> robot.lookup("#report-from").queryAs(DatePicker.class).setValue(TODAY.plusDays(3)));
        assertThat(robot.lookup("#report-status").queryAs(Label.class).getText()).startsWith("Choose a first day");
        assertThat(robot.lookup("#save-pdf").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void anAppointmentRecordedHereStartsTheSinceTheLastAppointmentRange(FxRobot robot) {
        // Without the opening animation the note field is where the robot clicks as soon as the pane is open.
        robot.interact(() -> robot.lookup("#appointments-pane").queryAs(javafx.scene.control.TitledPane.class).setAnimated(false));
        robot.clickOn("#appointments-pane .title");
        robot.interact(() -> robot.lookup("#appointment-date").queryAs(DatePicker.class).setValue(TODAY.minusDays(1)));
        robot.clickOn("#appointment-note").write("Knee review");
        robot.clickOn("#appointment-add");

        ListView<Appointment> list = robot.lookup("#appointment-list").queryListView();
        assertThat(list.getItems()).extracting(Appointment::note).contains("Knee review");
        Button since = robot.lookup("#range-appointment").queryAs(Button.class);
        assertThat(since.isDisabled()).isFalse();
        assertThat(since.getText()).isEqualTo("Since the appointment of Sun 22 Nov 2026");
        robot.clickOn("#range-appointment");
        assertThat(robot.lookup("#report-from").queryAs(DatePicker.class).getValue()).isEqualTo(TODAY.minusDays(1));
        assertThat(robot.lookup("#report-to").queryAs(DatePicker.class).getValue()).isEqualTo(TODAY);

        // Deleting it moves the range's start back to the appointment before it, if any.
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(a -> a.note().equals("Knee review")).findFirst().orElseThrow()));
        robot.clickOn("#appointment-delete");
        assertThat(list.getItems()).extracting(Appointment::note).doesNotContain("Knee review");
        assertThat(since.getText()).doesNotContain("Sun 22 Nov 2026");
    }

    @Test
    void theQuestionAndTreatmentAreKeptForTheNextSummary(FxRobot robot) {
        robot.clickOn("#report-question").write("Can I squat to depth again?").type(KeyCode.ENTER);
        robot.clickOn("#report-treatment").write("Ibuprofen 400 mg after training").type(KeyCode.ENTER);
        ReportService.Notes saved = harness.factory().get(ReportService.class).savedNotes();
        assertThat(saved).isEqualTo(new ReportService.Notes("Can I squat to depth again?", "Ibuprofen 400 mg after training"));
        assertThat(robot.lookup("#report-status").queryAs(Label.class).getText()).matches("[12] pages?\\.");
    }

    @Test
    void withNoAppointmentBeforeTodayTheRangeCannotBeChosen(FxRobot robot) {
        ReportService report = harness.factory().get(ReportService.class);
        robot.interact(() -> report.appointments().forEach(a -> report.deleteAppointment(a.id())));
        assertThat(robot.lookup("#range-appointment").queryAs(Button.class).isDisabled()).isTrue();
    }
}
