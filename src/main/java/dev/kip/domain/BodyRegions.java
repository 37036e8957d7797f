package dev.kip.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 54 body-map regions of DESIGN.md: the one vocabulary for soreness, pain and training load.
 * Ids are stable once released; a region added later keeps every older id as it was (the midline
 * spine regions and the backs of the knees came after the first 49).
 */
public final class BodyRegions {

    private static final String[][] FRONT = {
        {"NECK", "Neck"}, {"SHOULDER", "Shoulder"}, {"CHEST", "Chest"}, {"BICEPS", "Biceps"},
        {"FOREARM", "Forearm"}, {"WRIST_HAND", "Wrist and hand"}, {"ABDOMEN", "Abdomen"},
        {"OBLIQUE", "Oblique"}, {"HIP_GROIN", "Hip and groin"}, {"QUADRICEPS", "Quadriceps"},
        {"KNEE", "Knee"}, {"SHIN", "Shin"}, {"ANKLE_FOOT", "Ankle and foot"},
    };
    /**
     * In the order Tab visits them. The midline spine regions sit where clinicians chart spinal pain,
     * between the left and right muscles; BACK.NECK is the cervical spine and says so; BACK.KNEE is
     * the back of the knee (the popliteal fossa).
     */
    private static final String[][] BACK = {
        {"NECK", "Neck and cervical spine"}, {"TRAPEZIUS", "Trapezius"}, {"THORACIC_SPINE", "Thoracic spine"},
        {"REAR_SHOULDER", "Rear shoulder"}, {"UPPER_BACK", "Upper back"}, {"LATS", "Lats"}, {"TRICEPS", "Triceps"},
        {"ELBOW", "Elbow"}, {"FOREARM", "Forearm"}, {"LOWER_BACK", "Lower back"}, {"LUMBAR_SPINE", "Lumbar spine"},
        {"SACRUM", "Sacrum and sacroiliac joints"}, {"GLUTES", "Glutes"}, {"HAMSTRINGS", "Hamstrings"},
        {"KNEE", "Back of knee"}, {"CALF", "Calf"}, {"ACHILLES_HEEL", "Achilles and heel"},
    };
    /** Areas on both figures whose names carry "(front)"/"(back)" (the knee's two sides are named apart). */
    private static final List<String> ON_BOTH = List.of("NECK", "FOREARM");
    /** Areas with one region on the midline, no left or right. */
    private static final List<String> MIDLINE = List.of("NECK", "ABDOMEN", "THORACIC_SPINE", "LUMBAR_SPINE", "SACRUM");

    private static final Map<String, BodyRegion> BY_ID = build();
    public static final List<BodyRegion> ALL = List.copyOf(BY_ID.values());

    private BodyRegions() {
    }

    private static Map<String, BodyRegion> build() {
        Map<String, BodyRegion> map = new LinkedHashMap<>();
        add(map, FigureSide.FRONT, FRONT);
        add(map, FigureSide.BACK, BACK);
        return Collections.unmodifiableMap(map);
    }

    private static void add(Map<String, BodyRegion> map, FigureSide side, String[][] areas) {
        for (String[] a : areas) {
            String key = a[0];
            String area = a[1];
            String suffix = ON_BOTH.contains(key) ? " (" + side.label() + ")" : "";
            List<Laterality> lats = MIDLINE.contains(key) ? List.of(Laterality.NONE) : List.of(Laterality.LEFT, Laterality.RIGHT);
            for (Laterality lat : lats) {
                String id = side.name() + "." + key + lat.suffix();
                String name = switch (lat) {
                    case LEFT -> "Left " + area.toLowerCase(java.util.Locale.ROOT);
                    case RIGHT -> "Right " + area.toLowerCase(java.util.Locale.ROOT);
                    case NONE -> area;
                } + suffix;
                map.put(id, new BodyRegion(id, side, area, lat, name));
            }
        }
    }

    public static Optional<BodyRegion> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The region, or an exception whose message names the id and says what ids look like. */
    public static BodyRegion require(String id) {
        BodyRegion r = BY_ID.get(id);
        if (r == null) {
            throw new IllegalArgumentException("unknown region '" + id + "' (expected an id such as FRONT.KNEE.L; `kip body regions` lists them)");
        }
        return r;
    }

    public static List<BodyRegion> on(FigureSide side) {
        List<BodyRegion> out = new ArrayList<>();
        for (BodyRegion r : ALL) {
            if (r.side() == side) {
                out.add(r);
            }
        }
        return out;
    }
}
