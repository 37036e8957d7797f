package dev.kip.demo;

import dev.kip.demo.TrainingSchedule.PlannedSession;
import dev.kip.domain.LiftSet;
import dev.kip.domain.SetType;
import dev.kip.domain.Workout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What happened in the gym at each planned session. The lifter picks weights from their usual
 * strength (Epley: weight = e1RM / (1 + (reps + reps in reserve) / 30)); what they can do on the
 * day is lower after short nights, so the same weights come out at a higher RPE, reps get missed,
 * the session feels harder and "heavier than it should". After several short nights the lifter
 * sometimes goes lighter on purpose, and pain makes them go lighter on the lifts that aggravate it.
 */
final class SessionSimulator {
    /** Strength lost per hour of sleep debt (see {@link SimulatedSleep#debtHours}), up to 10 %. */
    private static final double PENALTY_PER_DEBT_HOUR = 0.02;
    private static final double MAX_PENALTY = 0.10;
    /** From this much sleep debt (about three 5.5 h nights) the lifter may take weights down. */
    private static final double EASE_OFF_DEBT_HOURS = 2.5;
    private static final double EASE_OFF_FACTOR = 0.925;
    /** Strength each working set takes from the next ones. */
    private static final double FATIGUE_PER_SET = 0.007;
    private static final List<String> EVERYDAY_NOTES = List.of(
            "Good session.", "Gym was busy; waited for the rack.", "Felt strong today.",
            "Hips tight in the warm-up, fine after.", "Quick one before dinner.");

    private final DemoCatalog catalog;
    private final TrainingSchedule schedule;
    private final SimulatedSleep sleep;
    private final List<PainEpisode> pain;
    private final Dice dice;

    SessionSimulator(DemoCatalog catalog, TrainingSchedule schedule, SimulatedSleep sleep, List<PainEpisode> pain, Dice dice) {
        this.catalog = catalog;
        this.schedule = schedule;
        this.sleep = sleep;
        this.pain = pain;
        this.dice = dice;
    }

    /** Every planned session as a logged workout, in date order. */
    List<Workout> simulate() {
        List<Workout> workouts = new ArrayList<>();
        for (PlannedSession planned : schedule.sessions()) {
            workouts.add(new Session(planned).workout());
        }
        return workouts;
    }

    /** Reps, sets and target RPE for one exercise in a session, and what closes it. */
    private record Scheme(int reps, int sets, double targetRpe, Finisher finisher) {
    }

    /** An extra set after the planned ones. */
    private enum Finisher {
        NONE,
        /** One lighter WORKING set (85 %) for more reps, after the heavy lift. */
        BACK_OFF,
        /** A DROP set: the weight stripped to 75 %, reps until about one is left. */
        DROP,
        /** The last body-weight set taken to FAILURE. */
        TO_FAILURE
    }

    /** One session being simulated: the day's form and everything logged so far. */
    private final class Session {
        private final PlannedSession planned;
        private final double debtHours;
        private final double penalty;
        private final double ageWeeks;
        private final Optional<PainEpisode> episode;
        private final boolean easingOffForSleep;
        private final List<LiftSet> sets = new ArrayList<>();
        private final Set<String> eased = new LinkedHashSet<>();
        private double workingRpeSum;
        private int workingRpeCount;
        private boolean missedReps;

        Session(PlannedSession planned) {
            this.planned = planned;
            this.debtHours = sleep.debtHours(planned.date());
            this.penalty = Math.min(MAX_PENALTY, PENALTY_PER_DEBT_HOUR * debtHours);
            this.ageWeeks = schedule.trainingAgeWeeks(planned.date());
            this.episode = pain.stream().filter(e -> e.covers(planned.date())).findFirst();
            this.easingOffForSleep = debtHours >= EASE_OFF_DEBT_HOURS && dice.chance(0.4);
        }

        Workout workout() {
            List<String> mains = planned.template().mainLifts();
            for (int slot = 0; slot < mains.size(); slot++) {
                exercise(LiftSpec.of(mains.get(slot)), mainScheme(slot), true);
            }
            List<String> pool = new ArrayList<>(planned.template().accessories());
            int accessories = dice.chance(0.65) ? 2 : 1;
            for (int i = 0; i < accessories; i++) {
                LiftSpec spec = LiftSpec.of(pool.remove(dice.between(0, pool.size() - 1)));
                exercise(spec, accessoryScheme(spec), false);
            }
            int minutes = Numbers.clamp(ClockTimes.rounded(12 + 2.3 * sets.size() + dice.gauss(6), 5), 25, 150);
            boolean heavier = dice.chance(Math.min(0.7, 0.04 + 0.12 * debtHours + (missedReps ? 0.1 : 0)));
            return new Workout(null, planned.date(), planned.start(), minutes, sessionRpe(), heavier,
                    planned.template().label(), notes(), null, null, sets);
        }

        /** Heavy first lift (5→3 reps), medium second (8→6), volume third (8 or 6); effort builds through the block. */
        private Scheme mainScheme(int slot) {
            if (planned.deload()) {
                return new Scheme(5, 2 + dice.between(0, 1), 6, Finisher.NONE);
            }
            double p = planned.blockProgress();
            double rpe = Numbers.toStep(7 + 2 * p, 0.5);
            return switch (slot) {
                case 0 -> new Scheme(5 - (int) Math.round(2 * p), 3 + dice.between(0, 2), rpe,
                        dice.chance(0.4) ? Finisher.BACK_OFF : Finisher.NONE);
                case 1 -> new Scheme(8 - (int) Math.round(2 * p), 3 + dice.between(0, 2), rpe, Finisher.NONE);
                default -> new Scheme(p > 0.5 ? 6 : 8, 3 + dice.between(0, 2), rpe, Finisher.NONE);
            };
        }

        private Scheme accessoryScheme(LiftSpec spec) {
            if (planned.deload()) {
                return new Scheme(10, 2, 6.5, Finisher.NONE);
            }
            Finisher finisher = spec.isBodyWeight() ? (dice.chance(0.3) ? Finisher.TO_FAILURE : Finisher.NONE)
                    : (dice.chance(0.15) ? Finisher.DROP : Finisher.NONE);
            return new Scheme(dice.between(8, 12), dice.chance(0.5) ? 4 : 3, 8, finisher);
        }

        private void exercise(LiftSpec spec, Scheme scheme, boolean warmUp) {
            long id = catalog.id(spec.name());
            if (spec.isBodyWeight()) {
                bodyWeightSets(id, spec, scheme);
            } else {
                weightedSets(id, spec, scheme, warmUp);
            }
        }

        private void weightedSets(long id, LiftSpec spec, Scheme scheme, boolean warmUp) {
            double usual = spec.e1rmKg(ageWeeks);
            double today = usual * (1 - penalty + dice.gauss(0.012));
            double weight = spec.loadable(usual * easing(spec) / (1 + (scheme.reps() + 10 - scheme.targetRpe()) / 30));
            int order = 1;
            if (warmUp) {
                double[] fractions = dice.chance(0.5) ? new double[] {0.5, 0.75} : new double[] {0.4, 0.6, 0.8};
                for (double f : fractions) {
                    int reps = f < 0.45 ? 8 : f < 0.7 ? 5 : 3;
                    sets.add(new LiftSet(id, order++, SetType.WARM_UP, spec.loadable(weight * f), reps, null, null));
                }
            }
            for (int i = 0; i < scheme.sets(); i++) {
                if (!attempt(id, order++, SetType.WORKING, weight, scheme.reps(), 30 * (today * fatigue(i) / weight - 1))) {
                    weight = spec.loadable(weight * 0.92); // missed reps: drop the weight for the sets left
                }
            }
            double capacityAfter = today * fatigue(scheme.sets());
            if (scheme.finisher() == Finisher.BACK_OFF) {
                double backOff = spec.loadable(weight * 0.85);
                attempt(id, order, SetType.WORKING, backOff, scheme.reps() + 3, 30 * (capacityAfter / backOff - 1));
            } else if (scheme.finisher() == Finisher.DROP) {
                double dropped = spec.loadable(weight * 0.75);
                double possible = 30 * (capacityAfter / dropped - 1);
                attempt(id, order, SetType.DROP, dropped, Math.max(1, (int) possible - 1), possible);
            }
        }

        private void bodyWeightSets(long id, LiftSpec spec, Scheme scheme) {
            double usualReps = spec.startReps() * spec.growth(ageWeeks);
            double today = usualReps * (1 - 3 * penalty) + dice.gauss(0.7);
            int target = Math.max(1, (int) Math.round(usualReps - (10 - scheme.targetRpe())));
            for (int i = 0; i < scheme.sets(); i++) {
                double possible = today - 0.8 * i;
                boolean toFailure = i == scheme.sets() - 1 && scheme.finisher() == Finisher.TO_FAILURE;
                if (toFailure) {
                    attempt(id, i + 1, SetType.FAILURE, null, Math.max(1, (int) possible), possible);
                } else {
                    attempt(id, i + 1, SetType.WORKING, null, target, possible);
                }
            }
        }

        /** Each working set leaves a little less for the next. */
        private double fatigue(int setsDone) {
            return 1 - FATIGUE_PER_SET * setsDone;
        }

        /**
         * Logs a set aiming at {@code targetReps} when {@code possibleReps} could be done at most:
         * the target at RPE 10 − reps left, or what could be done at RPE 10. False when reps were missed.
         */
        private boolean attempt(long id, int order, SetType type, Double weight, int targetReps, double possibleReps) {
            boolean made = possibleReps >= targetReps;
            int reps = made ? targetReps : Math.max(1, (int) possibleReps);
            double rpe = made ? Numbers.clamp(Numbers.toStep(10 - (possibleReps - targetReps), 0.5), 5, 10) : 10;
            sets.add(new LiftSet(id, order, type, weight, reps, rpe, null));
            workingRpeSum += rpe;
            workingRpeCount++;
            missedReps |= !made;
            return made;
        }

        /**
         * The share of the usual weight the lifter chooses: 7.5 % off when easing off for sleep, and
         * less while pain in a site this lift aggravates (at level 6, 30 % off).
         */
        private double easing(LiftSpec spec) {
            double factor = easingOffForSleep ? EASE_OFF_FACTOR : 1;
            if (episode.isPresent() && episode.get().aggravatedBy(spec.name())) {
                eased.add(spec.name().toLowerCase(Locale.ROOT));
                factor *= 1 - 0.05 * episode.get().typicalLevel(planned.date());
            }
            return factor;
        }

        /** CR-10: about one below the working sets' RPE, and harder with sleep debt; deloads are easy. */
        private double sessionRpe() {
            double raw = planned.deload() ? 4.5 + dice.gauss(0.5)
                    : workingRpeSum / workingRpeCount - 1 + 0.35 * debtHours + dice.gauss(0.5);
            return Numbers.clamp(Numbers.toStep(raw, 0.5), 2, 10);
        }

        private String notes() {
            List<String> notes = new ArrayList<>();
            if (!eased.isEmpty()) {
                notes.add("Went lighter on " + String.join(", ", eased) + ": " + episode.orElseThrow().site().label() + ".");
            }
            if (easingOffForSleep) {
                notes.add("Short on sleep: went lighter today.");
            } else if (missedReps && debtHours >= 1 && dice.chance(0.6)) {
                notes.add("Slept badly; the bar felt heavy and I missed reps.");
            } else if (debtHours >= 1.5 && dice.chance(0.3)) {
                notes.add("Tired from short nights.");
            } else if (planned.deload() && dice.chance(0.3)) {
                notes.add("Deload week: light and quick.");
            } else if (dice.chance(0.06)) {
                notes.add(dice.pick(EVERYDAY_NOTES));
            }
            return String.join(" ", notes);
        }
    }
}
