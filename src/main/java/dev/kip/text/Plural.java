package dev.kip.text;

/** A count with its noun in the right number: "1 set", "3 sets", "0 sessions". */
public final class Plural {
    private Plural() {
    }

    /** {@code n} and {@code noun}, with an "s" unless {@code n} is one. */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    /** {@code n} and {@code one} or {@code many} ("1 body mark", "2 body marks"; "1 day", "2 days"). */
    public static String of(long n, String one, String many) {
        return String.format(java.util.Locale.ENGLISH, "%,d %s", n, n == 1 ? one : many);
    }
}
