package dev.kip.ui.today;

import dev.kip.journal.NightStore;
import dev.kip.journal.WorkoutStore;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.JournalExecutor;
import dev.kip.ui.common.KipView;
import dev.kip.ui.common.Navigator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The landing view: what a lifter sees each morning, and one-click ways to log. */
public final class TodayController {
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private final NightStore nights;
    private final WorkoutStore workouts;
    private final JournalExecutor executor;
    private final Navigator navigator;
    private final Clock clock;

    @FXML private Label heading;
    @FXML private Label summary;

    public TodayController(NightStore nights, WorkoutStore workouts, JournalExecutor executor, Navigator navigator, Clock clock) {
        this.nights = nights;
        this.workouts = workouts;
        this.executor = executor;
        this.navigator = navigator;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        LocalDate today = LocalDate.now(clock);
        heading.setText("Good morning — " + HEADING.format(today));
        executor.submit(() -> new int[] {nights.count(), workouts.count()}, counts -> summary.setText(counts[0] == 0 && counts[1] == 0
                ? "Your journal is empty. Start by logging last night's sleep: it takes under a minute."
                : String.format(Locale.ENGLISH, "%,d nights and %,d workouts in this journal.", counts[0], counts[1])),
                e -> Dialogs.error(heading.getScene().getWindow(), "Today could not be loaded", e));
    }

    @FXML
    private void onLogNight() {
        navigator.show(KipView.SLEEP);
    }

    @FXML
    private void onMarkBody() {
        navigator.show(KipView.BODY);
    }

    @FXML
    private void onLogWorkout() {
        navigator.show(KipView.TRAINING);
    }
}
