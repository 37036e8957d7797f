package dev.kip.insight;

import java.time.LocalTime;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Spread of clock times that may straddle midnight (bedtimes, wake times). Each time is
 * unwrapped to within ±12 h of the circular mean before the ordinary standard deviation is
 * taken, so 23:50 and 00:10 are 20 min apart, not 23 h 40 min.
 */
public final class ClockTimeSpread {

    private static final double DAY_MIN = 24 * 60;

    private ClockTimeSpread() {
    }

    /** Sample standard deviation (n − 1) in minutes; empty for fewer than two times. */
    public static OptionalDouble sdMinutes(List<LocalTime> times) {
        int n = times.size();
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double reference = circularMeanMinutes(times);
        double[] unwrapped = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            unwrapped[i] = reference + signedOffset(minutesOfDay(times.get(i)) - reference);
            sum += unwrapped[i];
        }
        double mean = sum / n;
        double squares = 0;
        for (double u : unwrapped) {
            squares += (u - mean) * (u - mean);
        }
        return OptionalDouble.of(Math.sqrt(squares / (n - 1)));
    }

    /** Mean direction of the times on the 24 h clock, in minutes after midnight (0 … 1440). */
    static double circularMeanMinutes(List<LocalTime> times) {
        double sin = 0;
        double cos = 0;
        for (LocalTime t : times) {
            double angle = 2 * Math.PI * minutesOfDay(t) / DAY_MIN;
            sin += Math.sin(angle);
            cos += Math.cos(angle);
        }
        double mean = Math.atan2(sin, cos) * DAY_MIN / (2 * Math.PI);
        return mean < 0 ? mean + DAY_MIN : mean;
    }

    /** {@code delta} folded into [−720, 720) minutes. */
    private static double signedOffset(double delta) {
        double folded = ((delta % DAY_MIN) + DAY_MIN) % DAY_MIN;
        return folded >= DAY_MIN / 2 ? folded - DAY_MIN : folded;
    }

    private static double minutesOfDay(LocalTime t) {
        return t.toSecondOfDay() / 60.0;
    }
}
