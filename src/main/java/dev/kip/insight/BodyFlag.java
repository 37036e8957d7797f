package dev.kip.insight;

import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;

/**
 * A body-map finding for one region (see {@link BodyFlags} for the rules).
 *
 * @param level the region's level on the evaluation date
 * @param days  how many days in a row the rule held, ending at the evaluation date
 */
public record BodyFlag(Kind kind, String regionId, int level, int days) {

    public enum Kind {
        SORENESS_LASTING("Soreness lasting", "Soreness above 3 for more than 72 h: longer than usual",
                Evidence.RECOVERY_SIGNS),
        PAIN_HIGH("High pain", "Pain at 6 or more today", Evidence.PAIN_THRESHOLD),
        PAIN_RISING("Pain rising", "Pain higher on each of three days running", Evidence.PAIN_THRESHOLD);

        private final String label;
        private final String description;
        private final Evidence evidence;

        Kind(String label, String description, Evidence evidence) {
            this.label = label;
            this.description = description;
            this.evidence = evidence;
        }

        public String label() {
            return label;
        }

        public String description() {
            return description;
        }

        public Evidence evidence() {
            return evidence;
        }
    }

    public Evidence evidence() {
        return kind.evidence();
    }

    /** The region's display name ("Left knee"), or its id when the id is not in the catalog. */
    public String regionName() {
        return BodyRegions.byId(regionId).map(BodyRegion::name).orElse(regionId);
    }
}
