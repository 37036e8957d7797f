package dev.kip.body;

import dev.kip.domain.FigureSide;

import java.util.List;
import java.util.Optional;

/**
 * The front or the back figure: a coordinate box of width × height units (y grows downwards),
 * the silhouette outline (drawn, never clicked) and the regions on it.
 */
public record BodyFigure(FigureSide side, double width, double height, String outline, List<RegionShape> regions) {

    public BodyFigure {
        regions = List.copyOf(regions);
    }

    public Optional<RegionShape> region(String regionId) {
        return regions.stream().filter(r -> r.regionId().equals(regionId)).findFirst();
    }
}
