package dev.kip.domain;

/** How much an exercise loads a body region: 1.0 primary, 0.5 secondary. */
public record RegionLoad(String regionId, double weight) {
    public static final double PRIMARY = 1.0;
    public static final double SECONDARY = 0.5;
}
