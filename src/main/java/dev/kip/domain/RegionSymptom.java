package dev.kip.domain;

import java.util.Objects;

/**
 * A body region and a kind of symptom: the key of one series of marks. Its equals and hashCode are
 * written out because a record's own are linked through invokedynamic on first use, and in a
 * short-lived command (`kip report`) that bootstrap cost more than all the lookups after it.
 */
public record RegionSymptom(String regionId, SymptomKind kind) {

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionSymptom other && Objects.equals(regionId, other.regionId) && kind == other.kind;
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(regionId) + Objects.hashCode(kind);
    }
}
