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
import dev.kip.journal.Journal;
import dev.kip.journal.NightStore;
import dev.kip.journal.SleepSourceSettings;
import dev.kip.service.TrendsService;
import dev.kip.ui.ViewHarness;
import dev.kip.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
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

    ViewHarness harness;
    Journal journal;

    @Start
    void start(Stage stage) {
        harness = ViewHarness.open(dir.resolve("j-" + System.nanoTime() + ".db"), CLOCK);
        journal = harness.journal();
        NightStore nights = new NightStore(journal);
        // Tried at 23:30, 20 min to fall asleep, 20 min awake, final wake 07:10: 7 h asleep by the diary.
        nights.put(new Night(NIGHT, LocalTime.of(23, 20), LocalTime.of(23, 30), 20, 1, 20, LocalTime.of(7, 10),
                LocalTime.of(7, 20), 3, 3, false, "", ZONE));
        DeviceNightStore devices = new DeviceNightStore(journal);
        devices.insertIfAbsent(new DeviceNight(NIGHT, "Garmin", NIGHT.minusDays(1).atTime(23, 25), NIGHT.atTime(7, 15),
                470, 330, 140, 200, 60, 70));
        devices.insertIfAbsent(new DeviceNight(NIGHT, "Oura", NIGHT.minusDays(1).atTime(23, 40), NIGHT.atTime(7, 5),
                445, 415, 30, 250, 80, 85));
        ViewHarness.showOn(stage, new ViewLoader(harness.factory()).load("/dev/kip/ui/sleep/Sleep.fxml").root(), 1200, 900);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> harness.close()).get();
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
        List<NightSleep> trends = harness.factory().get(TrendsService.class).nightlySleep(NIGHT, NIGHT);
        assertThat(trends).extracting(NightSleep::sleepMin, NightSleep::fromDiary).containsExactly(
                org.assertj.core.groups.Tuple.tuple(415, false));
        assertThat(harness.factory().get(TrendsService.class).sleepSources(NIGHT, NIGHT)).isEqualTo("sleep: Oura on 1 night");

        robot.clickOn("#trust-device");
        assertThat(new SleepSourceSettings(journal).trustBetween(NIGHT, NIGHT)).as("clicked again: undecided").isEmpty();
        robot.clickOn("#prefer-device");
        assertThat(robot.lookup("#prefer-device").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(new SleepSourceSettings(journal).prefs().preferDevice()).isTrue();
    }
}
