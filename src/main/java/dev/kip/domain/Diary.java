package dev.kip.domain;

import java.util.List;

/** Everything in the diary: nights and factors, each oldest first. */
public record Diary(List<Night> nights, List<Factors> factors) {
}
