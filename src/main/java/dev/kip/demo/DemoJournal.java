package dev.kip.demo;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyWeight;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.Workout;
import dev.kip.journal.AppointmentStore;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.BodyWeightStore;
import dev.kip.journal.ExerciseStore;
import dev.kip.journal.FactorsStore;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalException;
import dev.kip.journal.NightStore;
import dev.kip.journal.PsfsStore;
import dev.kip.journal.SessionPainStore;
import dev.kip.journal.WorkoutStore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes a realistic synthetic journal for trying Kip out: a lifter's nights, evenings, training,
 * soreness, the odd pain episode (with pain details, pain during sessions, a functional scale and
 * physiotherapy appointments) and body weight, with sleep visibly affecting training. The same seed
 * and end date always give the same rows.
 */
public final class DemoJournal {

    /** A range wider than any journal's dates, so the stores' range queries return every row. */
    private static final LocalDate EARLIEST = LocalDate.of(0, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final int MAX_YEARS = 100;

    private DemoJournal() {
    }

    /**
     * Writes {@code years} years ending on {@code endDate} into {@code journal}, in one transaction.
     *
     * @throws IllegalArgumentException when years is outside 1–100
     * @throws JournalException when the journal already holds nights, workouts, body marks or weights
     */
    public static void write(Journal journal, int years, long seed, LocalDate endDate) {
        Objects.requireNonNull(endDate, "endDate");
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("years must be between 1 and " + MAX_YEARS + " (was " + years + ")");
        }
        LocalDate first = endDate.minusYears(years).plusDays(1);
        journal.transaction(() -> {
            refuseNonEmpty(journal);
            Dice dice = new Dice(new SplittableRandom(seed));
            DemoCatalog catalog = new DemoCatalog(new ExerciseStore(journal));
            TrainingSchedule schedule = TrainingSchedule.plan(first, endDate, dice.split());
            // The nights are slept in this machine's zone, as if the person had entered each one here.
            SimulatedSleep sleep = SleepSimulator.simulate(first, endDate, schedule.lateSessionDays(), ZoneId.systemDefault(),
                    dice.split());
            List<PainEpisode> episodes = PainEpisode.plan(first, endDate, dice.split());
            List<Workout> workouts = new SessionSimulator(catalog, schedule, sleep, episodes, dice.split()).simulate();
            List<BodyMark> marks = new ArrayList<>(SorenessModel.marks(workouts, catalog, sleep, endDate, dice.split()));
            Dice painDice = dice.split();
            for (PainEpisode episode : episodes) {
                marks.addAll(episode.marks(sleep, endDate, painDice));
            }
            List<BodyWeight> weights = BodyWeightDrift.weights(first, endDate, dice.split());
            Dice physio = dice.split();
            List<Workout> stored = store(journal, sleep, workouts, PhysioDiary.withDetails(marks, episodes, physio), weights);
            PhysioDiary.sessionPain(stored, episodes, catalog, new SessionPainStore(journal), physio);
            PhysioDiary.functionalScale(episodes, endDate, new PsfsStore(journal), physio);
            PhysioDiary.appointments(episodes, endDate, new AppointmentStore(journal));
            return null;
        });
    }

    private static void refuseNonEmpty(Journal journal) {
        boolean empty = new NightStore(journal).count() == 0
                && new WorkoutStore(journal).count() == 0
                && new BodyMarkStore(journal).between(EARLIEST, LATEST).isEmpty()
                && new BodyWeightStore(journal).between(EARLIEST, LATEST).isEmpty();
        if (!empty) {
            throw new JournalException("The journal " + journal.file() + " already holds entries; "
                    + "demo writes only into a new, empty journal.");
        }
    }

    /** Stores the rows and returns the workouts as stored (with their ids). */
    private static List<Workout> store(Journal journal, SimulatedSleep sleep, List<Workout> workouts, List<BodyMark> marks,
            List<BodyWeight> weights) {
        NightStore nights = new NightStore(journal);
        for (Night n : sleep.nights()) {
            nights.put(n);
        }
        FactorsStore factors = new FactorsStore(journal);
        for (Factors f : sleep.factors()) {
            factors.put(f);
        }
        WorkoutStore workoutStore = new WorkoutStore(journal);
        List<Workout> stored = new ArrayList<>(workouts.size());
        for (Workout w : workouts) {
            stored.add(workoutStore.insert(w));
        }
        BodyMarkStore markStore = new BodyMarkStore(journal);
        for (BodyMark m : marks) {
            markStore.put(m);
        }
        BodyWeightStore weightStore = new BodyWeightStore(journal);
        for (BodyWeight w : weights) {
            weightStore.insertIfAbsent(w);
        }
        return stored;
    }
}
