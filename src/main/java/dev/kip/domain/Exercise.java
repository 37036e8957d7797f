package dev.kip.domain;

import java.util.List;

/** An exercise in the catalog; {@code id} is null until stored. Sets refer to it by id, so a rename keeps history. */
public record Exercise(Long id, String name, List<RegionLoad> regions) {
    public Exercise {
        regions = List.copyOf(regions);
    }

    public Exercise withId(Long newId) {
        return new Exercise(newId, name, regions);
    }
}
