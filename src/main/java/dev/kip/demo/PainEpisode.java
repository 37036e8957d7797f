package dev.kip.demo;

import dev.kip.domain.BodyMark;
import dev.kip.domain.SymptomKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A few weeks of pain in a knee or the lower back, rising to a peak in the first third and then
 * easing. While it lasts the lifter goes lighter on the lifts that aggravate it.
 */
record PainEpisode(LocalDate start, int days, Site site, int peak) {

    /** Where it hurts, and which lifts it makes the lifter ease off. */
    enum Site {
        LEFT_KNEE("knee", List.of("FRONT.KNEE.L"), "Knee twinged on the way up from a squat.",
                List.of("Back Squat", "Front Squat", "Bulgarian Split Squat", "Lunge", "Leg Extension", "Leg Press")),
        RIGHT_KNEE("knee", List.of("FRONT.KNEE.R"), "Knee twinged on the way up from a squat.",
                List.of("Back Squat", "Front Squat", "Bulgarian Split Squat", "Lunge", "Leg Extension", "Leg Press")),
        LOWER_BACK("lower back", List.of("BACK.LOWER_BACK.L", "BACK.LOWER_BACK.R", "BACK.LUMBAR_SPINE"),
                "Lower back tightened up during deadlifts.",
                List.of("Deadlift", "Romanian Deadlift", "Good Morning", "Barbell Row", "Back Squat"));

        private final String label;
        private final List<String> regionIds;
        private final String firstNote;
        private final List<String> aggravatingLifts;

        Site(String label, List<String> regionIds, String firstNote, List<String> aggravatingLifts) {
            this.label = label;
            this.regionIds = regionIds;
            this.firstNote = firstNote;
            this.aggravatingLifts = aggravatingLifts;
        }

        String label() {
            return label;
        }

        List<String> regionIds() {
            return regionIds;
        }
    }

    private static final int LOWEST = 2;
    private static final int HIGHEST = 7;
    private static final double MARK_LOGGED = 0.8;

    /** The first episode starts within 60–400 days, so any journal of two years or more has one; then one every 8–16 months. */
    static List<PainEpisode> plan(LocalDate first, LocalDate last, Dice dice) {
        List<PainEpisode> episodes = new ArrayList<>();
        LocalDate start = first.plusDays(dice.between(60, 400));
        while (!start.isAfter(last)) {
            Site site = Site.values()[dice.weighted(1, 1, 2)];
            PainEpisode episode = new PainEpisode(start, dice.between(14, 42), site, dice.between(4, HIGHEST));
            episodes.add(episode);
            start = episode.start.plusDays(episode.days + dice.between(240, 480));
        }
        return episodes;
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(start.plusDays(days));
    }

    /** The last day of the episode. */
    LocalDate end() {
        return start.plusDays(days - 1L);
    }

    boolean aggravatedBy(String liftName) {
        return site.aggravatingLifts.contains(liftName);
    }

    /**
     * The typical level on {@code date}: 2 at the start, the peak a third of the way in, back to 2
     * at the end. E.g. peak 6 over 30 days: day 0 → 2, day 10 → 6, day 20 → 4.
     */
    double typicalLevel(LocalDate date) {
        double t = ChronoUnit.DAYS.between(start, date) / (double) days;
        double shape = t < 1.0 / 3 ? 3 * t : 1.5 * (1 - t);
        return LOWEST + (peak - LOWEST) * Math.max(0, shape);
    }

    /** The days the lifter marked it, up to {@code last}; a poor night makes the next morning worse. */
    List<BodyMark> marks(SimulatedSleep sleep, LocalDate last, Dice dice) {
        List<BodyMark> marks = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            LocalDate date = start.plusDays(day);
            if (date.isAfter(last)) {
                break;
            }
            if (day > 0 && !dice.chance(MARK_LOGGED)) {
                continue;
            }
            boolean poorNight = sleep.debtHours(date) >= 1;
            int level = Numbers.clamp((int) Math.round(typicalLevel(date) + dice.gauss(0.6) + (poorNight ? 1 : 0)), LOWEST, HIGHEST);
            String note = note(day, poorNight);
            for (String region : site.regionIds) {
                marks.add(new BodyMark(date, region, SymptomKind.PAIN, level, note, false));
            }
        }
        return marks;
    }

    private String note(int day, boolean poorNight) {
        if (day == 0) {
            return site.firstNote;
        }
        if (poorNight) {
            return "Worse after a poor night.";
        }
        if (day == days / 4) {
            return "Stiff in the morning, eases once moving.";
        }
        return day == days - 1 ? "Nearly gone." : "";
    }
}
