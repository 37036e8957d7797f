package dev.kip.demo;

import dev.kip.domain.Appointment;
import dev.kip.domain.BodyMark;
import dev.kip.domain.LiftSet;
import dev.kip.domain.PainCharacter;
import dev.kip.domain.PainDetails;
import dev.kip.domain.PainTiming;
import dev.kip.domain.SessionPain;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.TrainingEffect;
import dev.kip.domain.Workout;
import dev.kip.journal.AppointmentStore;
import dev.kip.journal.PsfsStore;
import dev.kip.journal.SessionPainStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the demo lifter records for their physiotherapist during a pain episode: details on most pain
 * marks, the pain felt during the sessions that aggravate it, a weekly Patient-Specific Functional
 * Scale of three activities the problem makes hard, and appointments (the first a week in, a review
 * two weeks later, a last check two weeks after it eases; one still to come when an episode is going on).
 */
final class PhysioDiary {

    private static final double DETAILS_GIVEN = 0.6;
    private static final double DURING_RATED = 0.85;
    /** The functional scale is rated for this many days after an episode ends. */
    private static final int PSFS_AFTER_DAYS = 28;

    private PhysioDiary() {
    }

    /** The marks, with details on about 60 % of an episode's pain marks (one choice per day for all its regions). */
    static List<BodyMark> withDetails(List<BodyMark> marks, List<PainEpisode> episodes, Dice dice) {
        Map<LocalDate, Optional<PainDetails>> byDay = new LinkedHashMap<>();
        List<BodyMark> out = new ArrayList<>(marks.size());
        for (BodyMark m : marks) {
            Optional<PainEpisode> episode = episodes.stream().filter(e -> e.covers(m.date())).findFirst();
            if (m.kind() != SymptomKind.PAIN || episode.isEmpty()) {
                out.add(m);
                continue;
            }
            Optional<PainDetails> d = byDay.computeIfAbsent(m.date(), day -> dice.chance(DETAILS_GIVEN)
                    ? Optional.of(details(episode.get(), day, m.level(), dice)) : Optional.empty());
            out.add(d.map(m::withDetails).orElse(m));
        }
        return out;
    }

    private static PainDetails details(PainEpisode e, LocalDate day, int level, Dice dice) {
        boolean knee = e.site() != PainEpisode.Site.LOWER_BACK;
        boolean first = day.equals(e.start());
        PainCharacter character = first && knee ? PainCharacter.SHARP
                : knee ? (dice.chance(0.7) ? PainCharacter.ACHING : PainCharacter.SHARP)
                : (dice.chance(0.6) ? PainCharacter.STIFF : PainCharacter.ACHING);
        PainTiming timing = first ? PainTiming.DURING_TRAINING
                : level >= 4 && dice.chance(0.6) ? PainTiming.ON_WAKING : PainTiming.AFTER_TRAINING;
        TrainingEffect effect = level >= 7 ? TrainingEffect.STOPPED : level >= 4 ? TrainingEffect.MODIFIED : TrainingEffect.NONE;
        return new PainDetails(character, timing, effect);
    }

    /**
     * The pain felt during the stored sessions that aggravate an episode, mostly rated: a point above
     * the day's typical level (loading it hurts more than resting it), ± a point or so.
     */
    static void sessionPain(List<Workout> stored, List<PainEpisode> episodes, DemoCatalog catalog, SessionPainStore store,
            Dice dice) {
        for (Workout w : stored) {
            Optional<PainEpisode> episode = episodes.stream().filter(e -> e.covers(w.date())).findFirst();
            if (episode.isEmpty() || !aggravates(w, episode.get(), catalog) || !dice.chance(DURING_RATED)) {
                continue;
            }
            int level = Numbers.clamp((int) Math.round(episode.get().typicalLevel(w.date()) + 1 + dice.gauss(1.2)), 0, 9);
            List<SessionPain> pains = episode.get().site().regionIds().stream().map(r -> new SessionPain(r, level)).toList();
            store.replace(w.id(), pains);
        }
    }

    private static boolean aggravates(Workout w, PainEpisode e, DemoCatalog catalog) {
        for (LiftSet s : w.sets()) {
            if (e.aggravatedBy(catalog.name(s.exerciseId()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Three activities per episode, named on its first day and rated weekly until four weeks after it
     * ends (10 less a little more than the day's typical pain, so they recover as it eases); retired then.
     */
    static void functionalScale(List<PainEpisode> episodes, LocalDate last, PsfsStore store, Dice dice) {
        for (PainEpisode e : episodes) {
            if (e.start().isAfter(last)) {
                continue;
            }
            List<String> names = e.site() == PainEpisode.Site.LOWER_BACK
                    ? List.of("deadlift from the floor", "sit through a meeting", "put on socks")
                    : List.of("squat to depth", "walk down stairs", "kneel to tie a shoe");
            List<Long> ids = names.stream().map(n -> store.add(n, e.start()).id()).toList();
            LocalDate until = e.end().plusDays(PSFS_AFTER_DAYS);
            for (LocalDate d = e.start(); !d.isAfter(until) && !d.isAfter(last); d = d.plusWeeks(1)) {
                double pain = e.covers(d) ? e.typicalLevel(d) : 1;
                Map<Long, Integer> scores = new LinkedHashMap<>();
                for (int i = 0; i < ids.size(); i++) {
                    scores.put(ids.get(i), Numbers.clamp((int) Math.round(10 - pain * (1.1 + 0.2 * i) + dice.gauss(0.7)), 0, 10));
                }
                store.rate(d, scores);
            }
            if (!until.isAfter(last)) {
                ids.forEach(id -> store.retire(id, until.plusDays(1)));
            }
        }
    }

    /** The first visit a week in, a review two weeks later, a last check two weeks after the episode; the next one past the end date stays. */
    static void appointments(List<PainEpisode> episodes, LocalDate last, AppointmentStore store) {
        for (PainEpisode e : episodes) {
            if (e.start().isAfter(last)) {
                continue;
            }
            store.add(new Appointment(null, e.start().plusDays(7), "First visit about the " + e.site().label()));
            store.add(new Appointment(null, e.start().plusDays(21), "Review"));
            if (!e.start().plusDays(21).isAfter(last)) {
                store.add(new Appointment(null, e.end().plusDays(14), "Last check"));
            }
        }
    }
}
