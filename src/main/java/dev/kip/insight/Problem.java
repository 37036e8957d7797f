package dev.kip.insight;

/**
 * One thing wrong with an entry: {@code field} is the form field / CLI option it belongs to
 * (for example {@code outOfBed}), {@code message} says what to fix.
 */
public record Problem(String field, String message) {
}
