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
        return OnClock.of(times).sdMinutes(0, times.size());
    }

    /** Mean direction of the times on the 24 h clock, in minutes after midnight (0 … 1440). */
    static double circularMeanMinutes(List<LocalTime> times) {
        return OnClock.of(times).meanMinutes(0, times.size());
    }

    /**
     * Clock times as minutes of the day, each with the sine and cosine of its angle on the 24 h clock worked out
     * once: a sliding window (a fortnight's wake times at every night of ten years) takes the spread of each
     * stretch without trigonometry per window. The figures are the very same as from the times themselves.
     */
    public static final class OnClock {
        private final double[] minutes;
        private final double[] sin;
        private final double[] cos;

        private OnClock(double[] minutes) {
            this.minutes = minutes;
            this.sin = new double[minutes.length];
            this.cos = new double[minutes.length];
            for (int i = 0; i < minutes.length; i++) {
                double angle = 2 * Math.PI * minutes[i] / DAY_MIN;
                sin[i] = Math.sin(angle);
                cos[i] = Math.cos(angle);
            }
        }

        public static OnClock of(List<LocalTime> times) {
            double[] minutes = new double[times.size()];
            for (int i = 0; i < minutes.length; i++) {
                minutes[i] = minutesOfDay(times.get(i));
            }
            return new OnClock(minutes);
        }

        /** As {@link ClockTimeSpread#sdMinutes} over the times {@code from} (included) to {@code to} (excluded). */
        public OptionalDouble sdMinutes(int from, int to) {
            int n = to - from;
            if (n < 2) {
                return OptionalDouble.empty();
            }
            double reference = meanMinutes(from, to);
            double[] unwrapped = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                unwrapped[i] = reference + signedOffset(minutes[from + i] - reference);
                sum += unwrapped[i];
            }
            double mean = sum / n;
            double squares = 0;
            for (double u : unwrapped) {
                squares += (u - mean) * (u - mean);
            }
            return OptionalDouble.of(Math.sqrt(squares / (n - 1)));
        }

        double meanMinutes(int from, int to) {
            double sinSum = 0;
            double cosSum = 0;
            for (int i = from; i < to; i++) {
                sinSum += sin[i];
                cosSum += cos[i];
            }
            double mean = Math.atan2(sinSum, cosSum) * DAY_MIN / (2 * Math.PI);
            return mean < 0 ? mean + DAY_MIN : mean;
        }
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
