package dev.kip.exchange.read;

/**
 * Reads plain decimal numbers ({@code 62.5}, {@code 62,5}, {@code -3}) without regex or
 * exceptions, because a million-set file has millions of them.
 */
public final class Decimals {

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

    private Decimals() {
    }

    /**
     * The value of {@code s} (surrounding spaces ignored), or NaN when it is not a plain
     * decimal number. A comma is a decimal separator only when {@code commaDecimal} is set.
     */
    public static double parse(String s, boolean commaDecimal) {
        return parse(s.toCharArray(), 0, s.length(), commaDecimal);
    }

    /** As {@link #parse(String, boolean)}, for the characters {@code [from, to)} of {@code s}, so a CSV field needs no String. */
    public static double parse(char[] s, int from, int to, boolean commaDecimal) {
        int i = from;
        int end = to;
        while (i < end && s[i] == ' ') {
            i++;
        }
        while (end > i && s[end - 1] == ' ') {
            end--;
        }
        boolean negative = false;
        if (i < end && (s[i] == '-' || s[i] == '+')) {
            negative = s[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int scale = -1;
        boolean anyDigit = false;
        for (; i < end; i++) {
            char c = s[i];
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa > 0) {
                    significant++;
                }
                if (scale >= 0) {
                    scale++;
                }
                if (significant > 18 || scale >= POW10.length) {
                    return slowParse(new String(s, from, to - from), commaDecimal);
                }
            } else if ((c == '.' || (c == ',' && commaDecimal)) && scale < 0) {
                scale = 0;
            } else {
                return Double.NaN;
            }
        }
        if (!anyDigit) {
            return Double.NaN;
        }
        // mantissa and 10^scale are exact doubles (below 2^53 in practice), so the division is correctly rounded.
        double value = scale > 0 ? mantissa / POW10[scale] : mantissa;
        return negative ? -value : value;
    }

    /** Numbers with more than 18 significant digits: rare enough to go through the JDK. */
    private static double slowParse(String s, boolean commaDecimal) {
        String t = s.strip();
        if (commaDecimal) {
            t = t.replace(',', '.');
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && !(i == 0 && (c == '-' || c == '+'))) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Rounds to 0.01 — removes float noise from unit round trips ({@code 74.99999999999999} → 75.0). */
    public static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
