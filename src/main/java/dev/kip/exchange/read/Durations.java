package dev.kip.exchange.read;

/** Workout durations as the apps write them: {@code 1h}, {@code 38min}, {@code 1h 2m}, {@code 56m}, {@code 45s}, or plain seconds. */
public final class Durations {

    private Durations() {
    }

    /**
     * Whole minutes (seconds rounded half up), or -1 when {@code text} is not a duration. A bare
     * number is seconds when {@code bareIsSeconds}, else minutes.
     */
    public static int minutes(String text, boolean bareIsSeconds) {
        String s = text.strip();
        long seconds = 0;
        int i = 0;
        boolean any = false;
        while (i < s.length()) {
            int startDigits = i;
            long n = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - startDigits < 9) {
                n = n * 10 + (s.charAt(i++) - '0');
            }
            if (i == startDigits) {
                return -1;
            }
            int startUnit = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            String unit = s.substring(startUnit, i);
            long factor = switch (unit) {
                case "h", "hr", "hrs" -> 3600;
                case "m", "min", "mins" -> 60;
                case "s", "sec", "secs" -> 1;
                case "" -> bareIsSeconds ? 1 : 60;
                default -> -1;
            };
            if (factor < 0) {
                return -1;
            }
            seconds += n * factor;
            any = true;
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }
        return any ? (int) Math.min(Integer.MAX_VALUE, (seconds + 30) / 60) : -1;
    }
}
