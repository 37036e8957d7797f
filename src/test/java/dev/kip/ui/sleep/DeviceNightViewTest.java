package dev.kip.ui.sleep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.domain.DeviceNight;
import dev.kip.domain.Night;
import dev.kip.domain.NightSleep;
import dev.kip.domain.NightTrust;
import dev.kip.domain.Settings;
import dev.kip.domain.SleepSourcePrefs;
import dev.kip.insight.ScoredNight;
import dev.kip.journal.DeviceNightStore;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.SleepDiaryStore;
import dev.kip.journal.SleepSourceSettings;
import dev.kip.service.JournalExecutor;
import dev.kip.service.SleepSourcesService;
import dev.kip.service.TrendsService;
import dev.kip.ui.common.ControllerFactory;
import dev.kip.ui.common.SettingsModel;
import dev.kip.ui.common.Themes;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The diary beside the device in the Sleep view: both figures, the flag, and the person's say. */
@ExtendWith(ApplicationExtension.class)
class DeviceNightViewTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final LocalDate NIGHT = TODAY.minusDays(1);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(7, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    static Path dir;

    Journal journal;

    @Start
    void start(Stage stage) {
        journal = Journal.open(dir.resolve("j-" + System.nanoTime() + ".db"));
        NightStore nights = new NightStore(journal);
        // Tried at 23:30, 20 min to fall asleep, 20 min awake, final wake 07:10: 7 h asleep by the diary.
        nights.put(new Night(NIGHT, LocalTime.of(23, 20), LocalTime.of(23, 30), 20, 1, 20, LocalTime.of(7, 10),
                LocalTime.of(7, 20), 3, 3, false, "", ZONE));
        DeviceNightStore devices = new DeviceNightStore(journal);
        devices.insertIfAbsent(new DeviceNight(NIGHT, "Garmin", NIGHT.minusDays(1).atTime(23, 25), NIGHT.atTime(7, 15),
                470, 330, 140, 200, 60, 70));
        devices.insertIfAbsent(new DeviceNight(NIGHT, "Oura", NIGHT.minusDays(1).atTime(23, 40), NIGHT.atTime(7, 5),
                445, 415, 30, 250, 80, 85));
        ControllerFactory factory = new ControllerFactory()
                .with(SleepDiaryStore.class, new SleepDiaryStore(journal, nights, new FactorsStore(journal)))
                .with(SleepSourcesService.class, new SleepSourcesService(journal))
                .with(JournalExecutor.class, JournalExecutor.sameThread())
                .with(SettingsModel.class, new SettingsModel(Settings.DEFAULTS))
                .with(Clock.class, CLOCK);
        ViewLoader.Loaded<SleepController> view = new ViewLoader(factory).load("/dev/kip/ui/sleep/Sleep.fxml");
        Scene scene = new Scene(view.root(), 1200, 900);
        scene.getStylesheets().add(Themes.kipCss());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> journal.close()).get();
    }

    @Test
    void bothFigures_theFlag_andTrustingTheDeviceForOneNight(FxRobot robot) {
        assertThat(robot.lookup("#device-night").queryAs(DeviceNightCard.class).isVisible())
                .as("a new entry has nothing to compare").isFalse();
        TableView<ScoredNight> table = robot.lookup("#nights").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));

        DeviceNightCard card = robot.lookup("#device-night").queryAs(DeviceNightCard.class);
        assertThat(card.isVisible()).isTrue();
        assertThat(robot.lookup("#device-night .title-4").queryAs(Label.class).getText())
                .as("the recording that covers most of the night").isEqualTo("Diary and Garmin");
        Label flag = robot.lookup("#device-disagrees").queryAs(Label.class);
        assertThat(flag.isVisible()).isTrue();
        assertThat(flag.getText()).isEqualTo("⚑ The diary says 7 h asleep, Garmin 5 h 30 min: 1 h 30 min apart. Which is right?");

        ComboBox<String> first = robot.lookup("#device-first").queryComboBox();
        robot.interact(() -> first.setValue("Oura"));
        assertThat(new SleepSourceSettings(journal).prefs()).isEqualTo(new SleepSourcePrefs(List.of("Oura"), false));
        assertThat(robot.lookup("#device-night .title-4").queryAs(Label.class).getText()).isEqualTo("Diary and Oura");
        assertThat(robot.lookup("#device-disagrees").queryAs(Label.class).isVisible()).as("15 min apart").isFalse();

        robot.clickOn("#trust-device");
        assertThat(new SleepSourceSettings(journal).trustBetween(NIGHT, NIGHT)).containsEntry(NIGHT, NightTrust.DEVICE);
        List<NightSleep> trends = new TrendsService(journal).nightlySleep(NIGHT, NIGHT);
        assertThat(trends).extracting(NightSleep::sleepMin, NightSleep::fromDiary).containsExactly(
                org.assertj.core.groups.Tuple.tuple(415, false));
        assertThat(new TrendsService(journal).sleepSources(NIGHT, NIGHT)).isEqualTo("sleep: Oura on 1 night");

        robot.clickOn("#trust-device");
        assertThat(new SleepSourceSettings(journal).trustBetween(NIGHT, NIGHT)).as("clicked again: undecided").isEmpty();
        robot.clickOn("#prefer-device");
        assertThat(robot.lookup("#prefer-device").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(new SleepSourceSettings(journal).prefs().preferDevice()).isTrue();
    }
}
