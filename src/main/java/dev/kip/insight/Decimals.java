package dev.kip.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as {@code String.format} writes them in {@code Locale.ROOT}, without the formatter: the
 * report runs the recovery check once per day of its range, and a cold formatter (it parses its
 * pattern with a regular expression at every call) was a tenth of the report's model.
 */
public final class Decimals {

    private Decimals() {
    }

    /** As {@code %.Nf} writes it: "7.3", "-0.0". Half up on the double's shortest decimal, as the formatter rounds. */
    public static String fixed(double v, int places) {
        return (isNegative(v) ? "-" : "") + magnitude(v, places);
    }

    /** As {@code %+.Nf} writes it: "+0.4", "-1.2". */
    public static String signed(double v, int places) {
        return (isNegative(v) ? "-" : "+") + magnitude(v, places);
    }

    /** As {@code %,d} writes it: "12,345". */
    public static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(n < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static String magnitude(double v, int places) {
        return BigDecimal.valueOf(Math.abs(v)).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /** The formatter writes a minus for -0.0 too. */
    private static boolean isNegative(double v) {
        return v < 0 || Double.doubleToRawLongBits(v) == Long.MIN_VALUE;
    }
}
