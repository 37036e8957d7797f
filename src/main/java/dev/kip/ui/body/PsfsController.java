package dev.kip.ui.body;

import dev.kip.domain.PsfsActivity;
import dev.kip.domain.PsfsRating;
import dev.kip.insight.Evidence;
import dev.kip.insight.PsfsChange;
import dev.kip.service.Change;
import dev.kip.service.Changes;
import dev.kip.service.JournalExecutor;
import dev.kip.service.PhysioService;
import dev.kip.text.DateText;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.ReloadOnChange;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Patient-Specific Functional Scale ({@link Evidence#PSFS_CHANGE}): the activities the person named
 * (up to five), each rated today 0–10, its ratings over time and its change from the first rating,
 * marked when it is beyond measurement error; the same for the average.
 */
public final class PsfsController {
    /** How many of an activity's latest ratings its row lists. */
    private static final int SHOWN_RATINGS = 6;

    private final PhysioService physio;
    private final JournalExecutor executor;
    private final Changes changes;
    private final Clock clock;
    private final Map<Long, ComboBox<Integer>> scoreBoxes = new LinkedHashMap<>();
    private ReloadOnChange freshness;

    @FXML private VBox card;
    @FXML private Label why;
    @FXML private VBox rows;
    @FXML private Label average;
    @FXML private Button rateButton;
    @FXML private TextField newActivity;
    @FXML private Button addButton;
    @FXML private Label status;

    public PsfsController(PhysioService physio, JournalExecutor executor, Changes changes, Clock clock) {
        this.physio = physio;
        this.executor = executor;
        this.changes = changes;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        why.setText("Patient-Specific Functional Scale: name up to five activities your problem makes hard and rate each"
                + " weekly, 0 = unable to 10 = as before the problem. A change of 2 points in the average, or 3 in one"
                + " activity, is beyond measurement error (" + Evidence.PSFS_CHANGE.sourceNames() + "). Free to use.");
        freshness = ReloadOnChange.of(changes, Set.of(Change.PHYSIO), card, this::load);
        load();
    }

    /** Called by the Body view when the shell shows it: reloads if the scale changed while it was hidden. */
    void shownAgain() {
        freshness.shown();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What the card shows: the activities in use and the scale as it stands today. */
    private record Scale(List<PsfsActivity> active, PsfsChange.Summary summary) {
    }

    private void load() {
        LocalDate today = today();
        executor.submit(() -> new Scale(physio.activities().stream().filter(PsfsActivity::isActive).toList(), physio.scale(today)),
                this::show, problem -> status.setText("The functional scale could not be read: " + Dialogs.messageOf(problem)));
    }

    private void show(Scale scale) {
        LocalDate today = today();
        Map<Long, PsfsChange.Activity> rated = scale.summary().activities().stream()
                .collect(Collectors.toMap(a -> a.activity().id(), a -> a));
        scoreBoxes.clear();
        rows.getChildren().clear();
        for (PsfsActivity a : scale.active()) {
            rows.getChildren().add(row(a, Optional.ofNullable(rated.get(a.id())), today));
        }
        if (scale.active().isEmpty()) {
            Label none = new Label(scale.summary().isEmpty() ? "No activities yet: add the first one below."
                    : "No activities in use now; the earlier ones' ratings stay in the summary. Add one when a problem makes"
                    + " something hard again.");
            none.setWrapText(true);
            rows.getChildren().add(none);
        }
        average.setText(scale.active().isEmpty() ? "" : averageText(scale.summary()));
        average.setVisible(!average.getText().isEmpty());
        average.setManaged(average.isVisible());
        rateButton.setDisable(scale.active().isEmpty());
        boolean full = scale.active().size() >= PhysioService.MAX_ACTIVITIES;
        addButton.setDisable(full);
        newActivity.setDisable(full);
        newActivity.setPromptText(full ? "Five activities in use: stop rating one to add another" : "An activity, e.g. squat to depth");
    }

    private VBox row(PsfsActivity a, Optional<PsfsChange.Activity> rated, LocalDate today) {
        Label name = new Label(a.name());
        name.getStyleClass().add("text-bold");
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        ComboBox<Integer> score = new ComboBox<>();
        score.getItems().setAll(IntStream.rangeClosed(0, 10).boxed().toList());
        score.setPromptText("0–10");
        score.setId("psfs-score-" + a.id());
        score.setAccessibleText("Today's rating of " + a.name() + ", 0 unable to 10 as before the problem");
        rated.map(PsfsChange.Activity::latest).filter(r -> r.date().equals(today)).ifPresent(r -> score.setValue(r.score()));
        scoreBoxes.put(a.id(), score);
        Button retire = new Button("Stop");
        retire.setId("psfs-retire-" + a.id());
        retire.getStyleClass().add("flat");
        retire.setTooltip(new Tooltip("Stop rating this activity (its ratings stay)"));
        retire.setOnAction(e -> retire(a));
        HBox top = new HBox(8, name, score, retire);
        top.setAlignment(Pos.CENTER_LEFT);
        Label history = new Label(rated.map(PsfsController::historyText).orElse("Not rated yet."));
        history.setId("psfs-history-" + a.id());
        history.getStyleClass().addAll("text-muted", "body-hint");
        history.setWrapText(true);
        return new VBox(2, top, history);
    }

    /** "9 Mar 3 · 16 Mar 5 · 23 Mar 7 — +4 since the first rating: beyond measurement error". */
    static String historyText(PsfsChange.Activity a) {
        List<PsfsRating> ratings = a.ratings();
        String series = ratings.subList(Math.max(0, ratings.size() - SHOWN_RATINGS), ratings.size()).stream()
                .map(r -> DateText.dayMonth(r.date()) + " " + r.score()).collect(Collectors.joining(" · "));
        if (ratings.size() < 2) {
            return series + " — the first rating.";
        }
        int change = a.change();
        return (ratings.size() > SHOWN_RATINGS ? "… " : "") + series + " — " + signed(change) + " since the first rating ("
                + DateText.dayMonth(a.first().date()) + ")" + (a.beyondError() ? ": beyond measurement error." : ": within measurement error.");
    }

    /** "Average 3.0 → 6.3 (+3.3) since the first ratings: beyond measurement error." */
    static String averageText(PsfsChange.Summary s) {
        if (s.isEmpty() || s.averageChange().isEmpty()) {
            return "";
        }
        double change = s.averageChange().getAsDouble();
        return String.format(Locale.ROOT, "Average %.1f → %.1f (%s%.1f) since the first ratings: %s.", s.firstAverage().getAsDouble(),
                s.latestAverage().getAsDouble(), change >= 0 ? "+" : "−", Math.abs(change),
                s.averageBeyondError() ? "beyond measurement error" : "within measurement error");
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : change < 0 ? "−" + -change : "no change";
    }

    @FXML
    private void onRate() {
        Map<Long, Integer> scores = new LinkedHashMap<>();
        scoreBoxes.forEach((id, box) -> {
            if (box.getValue() != null) {
                scores.put(id, box.getValue());
            }
        });
        if (scores.isEmpty()) {
            status.setText("Choose a rating from 0 to 10 for at least one activity first.");
            return;
        }
        LocalDate today = today();
        executor.submit(() -> {
            physio.rate(today, scores);
            return scores.size();
        }, n -> status.setText("Saved " + n + (n == 1 ? " rating" : " ratings") + " for today."),
                problem -> Dialogs.error(card.getScene().getWindow(), "The ratings could not be saved", problem));
    }

    @FXML
    private void onAdd() {
        String name = newActivity.getText().strip();
        if (name.isEmpty()) {
            status.setText("Type the activity first, e.g. \"sit through a meeting\".");
            return;
        }
        LocalDate today = today();
        executor.submit(() -> physio.addActivity(name, today), added -> {
            newActivity.clear();
            status.setText("Added \"" + added.name() + "\": rate it from 0 to 10 and save.");
        }, problem -> status.setText(Dialogs.messageOf(problem)));
    }

    private void retire(PsfsActivity a) {
        LocalDate today = today();
        executor.submit(() -> {
            physio.retireActivity(a.id(), today);
            return a;
        }, done -> status.setText("Stopped rating \"" + done.name() + "\"; its ratings stay in the summary."),
                problem -> Dialogs.error(card.getScene().getWindow(), "The activity could not be changed", problem));
    }
}
