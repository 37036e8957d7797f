package dev.kip.insight;

import dev.kip.text.DateText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Trends in one sentence: whether sleep and strength moved together in a range and how sure that
 * is, decided by the 95 % bootstrap interval of the correlation for the night(s) before each
 * session, never by ρ alone. With four nights compared one can look strong by chance, so the
 * {@code caution} says so, and only the nights whose interval excludes 0 ({@code standOut}) are
 * singled out.
 *
 * @param sessions the sessions compared (with sleep logged before them)
 * @param standOut the lags whose 95 % interval excludes 0, in order
 */
public record TrendsVerdict(Kind kind, String sentence, String caution, int sessions, List<Integer> standOut) {

    public enum Kind {
        NOT_ENOUGH_SESSIONS, NO_VARIATION, NO_CLEAR_LINK, LONGER_SLEEP_STRONGER, LONGER_SLEEP_WEAKER;

        /** "not-enough-sessions", …: the form used in JSON. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final String[] NIGHTS = {"the night before", "1 night earlier", "2 nights earlier", "3 nights earlier"};

    public TrendsVerdict {
        standOut = List.copyOf(standOut);
    }

    /**
     * @param byLag        the correlation for each lag, 0 = the night (or 3 nights) before the session
     * @param from         the range's first day
     * @param to           its last day
     * @param strengthName "your strength" for the strength index, "your Back Squat" for a lift
     */
    public static TrendsVerdict of(SortedMap<Integer, Correlation> byLag, LocalDate from, LocalDate to,
                                   String strengthName) {
        Correlation c = byLag.get(0);
        String period = period(from, to);
        List<Integer> standOut = byLag.entrySet().stream().filter(e -> excludesZero(e.getValue()))
                .map(Map.Entry::getKey).toList();
        String caution = caution(byLag, standOut);
        if (c.pairsNeeded() > 0) {
            return new TrendsVerdict(Kind.NOT_ENOUGH_SESSIONS, "Not enough sessions yet: " + c.n() + " of the "
                    + Correlation.MIN_PAIRS + " needed to compare your sleep with " + strengthName + " " + period
                    + " (sessions with sleep logged before them).", "", c.n(), List.of());
        }
        String sessions = c.n() + " sessions";
        if (!c.hasRho() || c.ciLow() == null) {
            return new TrendsVerdict(Kind.NO_VARIATION, "Your sleep or " + strengthName + " hardly varied " + period
                    + " (" + sessions + "), so there is nothing to compare.", caution, c.n(), standOut);
        }
        if (c.ciLow() > 0) {
            return new TrendsVerdict(Kind.LONGER_SLEEP_STRONGER, "Sessions after longer sleep tended to be stronger "
                    + period + " (" + sessions + "; the 95 % interval lies above zero) — an association, not proof of"
                    + " cause.", caution, c.n(), standOut);
        }
        if (c.ciHigh() < 0) {
            return new TrendsVerdict(Kind.LONGER_SLEEP_WEAKER, "Sessions after longer sleep tended to be weaker "
                    + period + " (" + sessions + "; the 95 % interval lies below zero) — an association, not proof of"
                    + " cause.", caution, c.n(), standOut);
        }
        return new TrendsVerdict(Kind.NO_CLEAR_LINK, "No clear link between your sleep and " + strengthName + " "
                + period + " (" + sessions + "): the 95 % interval includes zero, so the data fit no link as well as"
                + " a small one.", caution, c.n(), standOut);
    }

    /** "the night before", "2 nights earlier": the night a lag stands for. */
    public static String night(int lag) {
        return lag < NIGHTS.length ? NIGHTS[lag] : lag + " nights earlier";
    }

    /** "in these 12 weeks", "in this year", "in these 10 years", else "from 3 Mar 2025 to 20 May 2025". */
    static String period(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days % 7 == 0 && days <= 26 * 7) {
            return days == 7 ? "in this week" : "in these " + days / 7 + " weeks";
        }
        long years = ChronoUnit.YEARS.between(from, to.plusDays(1));
        if (years >= 1 && !from.plusYears(years).isBefore(to.minusDays(1)) && !from.plusYears(years).isAfter(to.plusDays(2))) {
            return years == 1 ? "in this year" : "in these " + years + " years";
        }
        return "from " + DateText.dayMonthYear(from) + " to " + DateText.dayMonthYear(to);
    }

    private static boolean excludesZero(Correlation c) {
        return c.ciLow() != null && (c.ciLow() > 0 || c.ciHigh() < 0);
    }

    private static String caution(SortedMap<Integer, Correlation> byLag, List<Integer> standOut) {
        long compared = byLag.values().stream().filter(Correlation::hasRho).count();
        if (compared < 2) {
            return "";
        }
        String chance = (compared == 4 ? "Four" : Long.toString(compared)) + " nights are compared, so one of them can"
                + " look strong by chance alone";
        if (standOut.isEmpty()) {
            return chance + "; here none stands out: every interval includes zero.";
        }
        List<String> nights = standOut.stream().map(TrendsVerdict::night).toList();
        String names = nights.size() == 1 ? nights.get(0)
                : String.join(", ", nights.subList(0, nights.size() - 1)) + " and " + nights.get(nights.size() - 1);
        return chance + "; only " + names + (standOut.size() == 1 ? " stands" : " stand") + " out (interval excluding"
                + " zero), so read " + (standOut.size() == 1 ? "it" : "them") + " with that in mind.";
    }
}
