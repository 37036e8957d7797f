package dev.kip.demo;

import dev.kip.domain.BodyWeight;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Body weight weighed a few times a week: it follows, slowly, a target that gains about 0.4 kg a
 * year and swings ±1.5 kg over each year (a bulk, then a cut), with day-to-day scale noise.
 */
final class BodyWeightDrift {
    private static final double WEIGHED = 3.0 / 7;
    private static final String SOURCE = "kip";

    private BodyWeightDrift() {
    }

    static List<BodyWeight> weights(LocalDate first, LocalDate last, Dice dice) {
        List<BodyWeight> weights = new ArrayList<>();
        double start = 78 + dice.between(-6.0, 6.0);
        double phase = dice.between(0.0, 2 * StrictMath.PI);
        double current = start;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            double days = ChronoUnit.DAYS.between(first, date);
            double target = start + 0.4 * days / 365.25 + 1.5 * StrictMath.sin(2 * StrictMath.PI * days / 365.25 + phase);
            current += 0.05 * (target - current) + dice.gauss(0.08);
            if (dice.chance(WEIGHED)) {
                weights.add(new BodyWeight(date, Numbers.toTenth(current + dice.gauss(0.4)), SOURCE));
            }
        }
        return weights;
    }
}
