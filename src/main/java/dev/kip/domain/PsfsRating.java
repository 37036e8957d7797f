package dev.kip.domain;

import java.time.LocalDate;

/** One PSFS rating: how well the person can do the activity on that date, 0 (unable) to 10 (as before the problem). */
public record PsfsRating(LocalDate date, long activityId, int score) {
    public PsfsRating {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("PSFS rating " + score + " is outside 0–10 (0 = unable, 10 = as before the problem)");
        }
    }
}
