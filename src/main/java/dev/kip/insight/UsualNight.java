package dev.kip.insight;

import dev.kip.domain.Night;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A new diary entry prefilled from the person's usual night: the median of each core item over
 * their last {@value #NIGHTS} nights. Clock times are taken midnight-safe (23:50 and 00:10 have
 * the median 00:00, not noon): each is unwrapped to within ±12 h of the times' circular mean
 * before sorting. With an even count the median is the mean of the middle two, rounded half up
 * to the minute. Quality and rested are left at 0 (not rated): they are what the person felt.
 */
public final class UsualNight {

    public static final int NIGHTS = 14;
    private static final int DAY_MIN = 24 * 60;

    private UsualNight() {
    }

    /**
     * @param recent the person's latest nights in any order; only the newest {@value #NIGHTS} count
     * @return the prefilled night for {@code date}, empty when there is no night to learn from; it carries the
     *         newest night's zone until the entry is saved with the zone it is entered in
     */
    public static Optional<Night> prefill(List<Night> recent, LocalDate date) {
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        List<Night> last = new ArrayList<>(recent);
        last.sort((a, b) -> b.date().compareTo(a.date()));
        List<Night> nights = last.subList(0, Math.min(NIGHTS, last.size()));
        return Optional.of(new Night(date,
                medianTime(nights, Night::intoBed),
                medianTime(nights, Night::triedToSleep),
                median(nights, Night::solMin),
                median(nights, Night::awakenings),
                median(nights, Night::wasoMin),
                medianTime(nights, Night::finalWake),
                medianTime(nights, Night::outOfBed),
                0, 0, false, "", nights.get(0).zone()));
    }

    static LocalTime medianTime(List<Night> nights, Function<Night, LocalTime> clock) {
        List<LocalTime> times = nights.stream().map(clock).toList();
        double reference = ClockTimeSpread.circularMeanMinutes(times);
        double[] unwrapped = new double[times.size()];
        for (int i = 0; i < unwrapped.length; i++) {
            double delta = times.get(i).toSecondOfDay() / 60.0 - reference;
            double folded = ((delta % DAY_MIN) + DAY_MIN) % DAY_MIN;
            unwrapped[i] = reference + (folded >= DAY_MIN / 2.0 ? folded - DAY_MIN : folded);
        }
        long minutes = Math.round(middle(unwrapped));
        return LocalTime.ofSecondOfDay(Math.floorMod(minutes, DAY_MIN) * 60L);
    }

    static int median(List<Night> nights, ToIntFunction<Night> item) {
        return (int) Math.round(middle(nights.stream().mapToDouble(item::applyAsInt).toArray()));
    }

    private static double middle(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
