package dev.kip.ui.today;

import dev.kip.domain.Appointment;
import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.LiftSet;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.Workout;
import dev.kip.insight.DurationFormat;
import dev.kip.insight.Evidence;
import dev.kip.insight.PainMonitoring;
import dev.kip.insight.SleepAverages;
import dev.kip.insight.SleepFigures;
import dev.kip.service.TodayService;
import dev.kip.text.DateText;
import dev.kip.ui.bodymap.BodyMap;
import dev.kip.ui.bodymap.RegionLevels;
import dev.kip.ui.common.RecoveryCard;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Today's cards (last night, today's body, training) and the recovery check, filled from the data
 * TodayController loads. They join Today's page right after the window's first frame.
 */
public final class TodayCards {

    @FXML private Label tst;
    @FXML private Label tstAvg;
    @FXML private Label se;
    @FXML private Label seAvg;
    @FXML private Label quality;
    @FXML private Label qualityAvg;
    @FXML private Label nightNote;
    @FXML private StackPane bodyHolder;
    @FXML private Label bodyNote;
    @FXML private Label lastSession;
    @FXML private Label sinceLifts;
    @FXML private Label nextUp;
    @FXML private RecoveryCard recoveryCard;
    @FXML private VBox physioCard;
    @FXML private Label appointment;
    @FXML private Label painModel;
    @FXML private Label painModelWhy;

    /** Last night against the 14-night average, today's marks, and the last session. */
    /**
     * The body map of today's marks, or null when there are none. Building its figures costs ~200 ms
     * of a start-up, so Today builds it beside the morning's query, off the FX thread (it is not in a
     * scene yet), and hands it to {@link #showMorning}.
     */
    static BodyMap bodyMapOf(TodayService.Morning m) {
        if (m.marks().isEmpty()) {
            return null;
        }
        BodyMap map = new BodyMap(m.geometry());
        map.setId("today-body-map");
        map.setInteractive(false);
        map.setLevels(levels(m.marks()));
        return map;
    }

    /** Shows the morning's data; {@code map} is {@link #bodyMapOf} of them. */
    void showMorning(TodayService.Morning m, BodyMap map, LocalDate today) {
        Optional<SleepFigures> night = m.sleep().lastNight();
        Optional<SleepAverages> avg = m.sleep().fortnight();
        if (night.isPresent()) {
            SleepFigures f = night.get();
            tst.setText(DurationFormat.text(f.tstMin()));
            se.setText(String.format(Locale.ROOT, "%.0f %%", f.sePct()));
            quality.setText(m.lastQuality() + " / 5");
            avg.ifPresent(a -> {
                tstAvg.setText("avg " + DurationFormat.text(a.tstMin()));
                seAvg.setText(String.format(Locale.ROOT, "avg %.0f %%", a.sePct()));
                qualityAvg.setText(String.format(Locale.ROOT, "avg %.1f", a.quality()));
            });
            int diff = (int) Math.round(f.tstMin() - avg.map(SleepAverages::tstMin).orElse((double) f.tstMin()));
            nightNote.setText(diff == 0 ? "About your usual." : DurationFormat.text(Math.abs(diff))
                    + (diff > 0 ? " more" : " less") + " sleep than your 14-night average.");
        } else {
            nightNote.setText("Last night isn't logged yet. Log it first: the recovery check and Trends build on it.");
        }
        if (m.marks().isEmpty()) {
            bodyNote.setText("Nothing marked today. Sore or in pain somewhere? Mark the body: it takes a few taps.");
        } else {
            bodyHolder.getChildren().setAll(map);
            bodyNote.setText(describe(m.marks()));
        }
        if (m.last().isPresent()) {
            Workout w = m.last().get();
            long ago = ChronoUnit.DAYS.between(w.date(), today);
            Set<String> names = new LinkedHashSet<>();
            for (LiftSet s : w.sets()) {
                names.add(m.exerciseNames().getOrDefault(s.exerciseId(), "exercise " + s.exerciseId()));
            }
            lastSession.setText("Last session: " + (ago == 0 ? "today" : ago == 1 ? "yesterday" : DateText.weekdayDayMonth(w.date()))
                    + (w.name().isBlank() ? "" : ", " + w.name()) + " — " + String.join(", ", names)
                    + (w.sessionRpe() == null ? "" : String.format(Locale.ROOT, " (session RPE %.1f)", w.sessionRpe())));
        } else {
            lastSession.setText("No workouts yet. Log one, or import your history from Strong, Hevy or FitNotes.");
        }
    }

    /** The recovery check, and when each main lift was last trained. */
    void showLater(TodayService.Later later, LocalDate today) {
        recoveryCard.show(later.recovery());
        if (later.lastTrained().isEmpty()) {
            sinceLifts.setText("");
            nextUp.setText("");
            return;
        }
        List<String> parts = new ArrayList<>();
        String stalest = null;
        long stalestDays = -1;
        for (Map.Entry<String, LocalDate> e : later.lastTrained().entrySet()) {
            long days = ChronoUnit.DAYS.between(e.getValue(), today);
            parts.add(e.getKey() + " " + (days == 0 ? "today" : days + " d ago"));
            if (days > stalestDays) {
                stalestDays = days;
                stalest = e.getKey();
            }
        }
        sinceLifts.setText("Main lifts last trained: " + String.join(" · ", parts));
        nextUp.setText(stalestDays <= 0 ? "All main lifts trained today." : "Next up: " + stalest + ", the main lift you trained longest ago ("
                + stalestDays + " days).");
    }

    /** The next appointment and the pain-monitoring outcome of the latest session that loaded a painful region. */
    void showPhysio(TodayService.Physio physio, LocalDate today) {
        boolean any = physio.nextAppointment().isPresent() || !physio.painChecks().isEmpty();
        physioCard.setVisible(any);
        physioCard.setManaged(any);
        show(appointment, physio.nextAppointment().map(a -> appointmentText(a, today)).orElse(""));
        show(painModel, painModelText(physio.painChecks()));
        show(painModelWhy, physio.painChecks().isEmpty() ? "" : "Pain during training up to 5/10, back to its usual level"
                + " the next morning, not rising week to week: the pain-monitoring model (" + Evidence.PAIN_MONITORING.sourceNames()
                + "). Not a diagnosis.");
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }

    /** "Next physiotherapy appointment in 3 days: Thursday 26 November (knee review)." */
    static String appointmentText(Appointment a, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, a.date());
        String when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
        return "Next physiotherapy appointment " + when + ": " + DateText.heading(a.date())
                + (a.note().isBlank() ? "" : " (" + a.note().strip() + ")") + ".";
    }

    /** "After the session of Friday 20 Nov: Left knee — Within the pain-monitoring model: 3 during, …", one line a region. */
    static String painModelText(List<PainMonitoring.Check> checks) {
        if (checks.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("After the session of " + DateText.weekdayDayMonth(checks.get(0).sessionDate()) + ":");
        for (PainMonitoring.Check c : checks) {
            text.append('\n').append(BodyRegions.byId(c.regionId()).map(BodyRegion::name).orElse(c.regionId()))
                    .append(" — ").append(c.describe()).append('.');
        }
        return text.toString();
    }

    private static Map<String, RegionLevels> levels(List<BodyMark> marks) {
        Map<String, int[]> byRegion = new HashMap<>();
        for (BodyMark m : marks) {
            int[] l = byRegion.computeIfAbsent(m.regionId(), id -> new int[2]);
            l[m.kind() == SymptomKind.SORENESS ? 0 : 1] = m.level();
        }
        Map<String, RegionLevels> levels = new HashMap<>();
        byRegion.forEach((id, l) -> levels.put(id, new RegionLevels(l[0], l[1])));
        return levels;
    }

    private static String describe(List<BodyMark> marks) {
        long sore = marks.stream().filter(m -> m.kind() == SymptomKind.SORENESS && m.level() > 0).count();
        long pain = marks.stream().filter(m -> m.kind() == SymptomKind.PAIN && m.level() > 0).count();
        return sore + " region" + (sore == 1 ? "" : "s") + " sore, " + pain + " in pain today.";
    }
}
