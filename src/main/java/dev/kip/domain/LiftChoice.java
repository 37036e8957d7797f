package dev.kip.domain;

/** An exercise that has weighted work sets, with how many sessions trained it. */
public record LiftChoice(long id, String name, int sessions) {
}
