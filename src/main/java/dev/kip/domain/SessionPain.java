package dev.kip.domain;

/** Pain (0–10) felt in a region during a training session: the pain-monitoring model's "during" reading. */
public record SessionPain(String regionId, int level) {
    public SessionPain {
        BodyRegions.require(regionId);
        if (level < 0 || level > 10) {
            throw new IllegalArgumentException("pain during the session: level " + level + " for " + regionId
                    + " is outside 0–10");
        }
    }
}
