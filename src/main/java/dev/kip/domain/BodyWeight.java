package dev.kip.domain;

import java.time.LocalDate;

/** Body weight in kg on a day, with where it came from ("kip", "apple-health", …). */
public record BodyWeight(LocalDate date, double kg, String source) {
}
