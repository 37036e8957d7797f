package dev.kip.ui.training;

import dev.kip.domain.BodyRegion;
import javafx.util.StringConverter;

/** A body region shown by its name in the pickers of the Training view; regions are picked from a list, never typed. */
final class RegionConverter extends StringConverter<BodyRegion> {
    @Override
    public String toString(BodyRegion r) {
        return r == null ? "" : r.name();
    }

    @Override
    public BodyRegion fromString(String s) {
        throw new UnsupportedOperationException("regions are picked, not typed");
    }
}
