package dev.kip.body;

import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.FigureSide;
import dev.kip.domain.Laterality;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyGeometryTest {

    private final BodyGeometry geometry = BodyGeometry.load();

    @Test
    void loadIsCached() {
        assertThat(BodyGeometry.load()).isSameAs(geometry);
    }

    @Test
    void drawsExactlyTheCatalogRegionsEachOnItsOwnFigure() {
        List<String> drawn = geometry.figures().stream().flatMap(f -> f.regions().stream())
                .map(RegionShape::regionId).toList();
        assertThat(drawn).hasSize(BodyRegions.ALL.size()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(BodyRegions.ALL.stream().map(BodyRegion::id).toList());
        for (BodyFigure figure : geometry.figures()) {
            for (RegionShape shape : figure.regions()) {
                assertThat(BodyRegions.require(shape.regionId()).side()).as(shape.regionId()).isEqualTo(figure.side());
            }
        }
        assertThat(geometry.figures()).extracting(BodyFigure::side).containsExactly(FigureSide.FRONT, FigureSide.BACK);
    }

    @Test
    void regionNamesAreUnique() {
        Set<String> names = BodyRegions.ALL.stream().map(BodyRegion::name).collect(Collectors.toSet());
        assertThat(names).hasSize(BodyRegions.ALL.size());
    }

    @Test
    void everyPathParsesAndLiesInsideItsFigureBox() {
        for (BodyFigure figure : geometry.figures()) {
            assertThat(PathData.commands(figure.outline())).isNotEmpty();
            assertInside(figure, figure.outline(), "outline");
            for (RegionShape shape : figure.regions()) {
                assertThat(PathData.commands(shape.svgPath())).as(shape.regionId()).isNotEmpty();
                assertInside(figure, shape.svgPath(), shape.regionId());
            }
        }
    }

    private static void assertInside(BodyFigure figure, String path, String what) {
        PathData.Bounds b = PathData.bounds(path);
        assertThat(b.minX()).as(what).isGreaterThanOrEqualTo(0);
        assertThat(b.minY()).as(what).isGreaterThanOrEqualTo(0);
        assertThat(b.maxX()).as(what).isLessThanOrEqualTo(figure.width());
        assertThat(b.maxY()).as(what).isLessThanOrEqualTo(figure.height());
    }

    @Test
    void labelAnchorsLieInsideTheirShapeAndTheShapeInsideTheSilhouette() {
        for (BodyFigure figure : geometry.figures()) {
            for (RegionShape shape : figure.regions()) {
                assertThat(PathData.contains(shape.svgPath(), shape.labelX(), shape.labelY())).as(shape.regionId()).isTrue();
                assertThat(PathData.contains(figure.outline(), shape.labelX(), shape.labelY())).as(shape.regionId()).isTrue();
            }
        }
    }

    /** The person's left is on the viewer's right on the front figure and on the viewer's left on the back. */
    @Test
    void leftAndRightSitOnTheCorrectSideOfEachFigure() {
        int pairs = 0;
        for (BodyRegion left : BodyRegions.ALL) {
            if (left.laterality() != Laterality.LEFT) {
                continue;
            }
            String rightId = left.id().substring(0, left.id().length() - 2) + ".R";
            double leftX = geometry.region(left.id()).orElseThrow().centroid().x();
            double rightX = geometry.region(rightId).orElseThrow().centroid().x();
            double centre = geometry.figure(left.side()).width() / 2;
            if (left.side() == FigureSide.FRONT) {
                assertThat(leftX).as(left.id()).isGreaterThan(centre);
                assertThat(rightX).as(rightId).isLessThan(centre);
            } else {
                assertThat(leftX).as(left.id()).isLessThan(centre);
                assertThat(rightX).as(rightId).isGreaterThan(centre);
            }
            pairs++;
        }
        // 30 areas, 6 of them midline (both necks, abdomen, thoracic and lumbar spine, sacrum): 24 left/right pairs
        assertThat(pairs).isEqualTo(24);
    }

    @Test
    void midlineRegionsStraddleTheCentre() {
        for (String id : List.of("FRONT.NECK", "FRONT.ABDOMEN", "BACK.NECK")) {
            RegionShape shape = geometry.region(id).orElseThrow();
            PathData.Bounds b = shape.bounds();
            assertThat(b.minX()).as(id).isLessThan(114);
            assertThat(b.maxX()).as(id).isGreaterThan(126);
            assertThat(shape.centroid().x()).as(id).isCloseTo(120, org.assertj.core.data.Offset.offset(0.5));
        }
    }

    @Test
    void theSpineRunsDownTheMiddleBetweenTheMusclesBesideIt() {
        double spineTop = 0;
        for (String id : List.of("BACK.THORACIC_SPINE", "BACK.LUMBAR_SPINE", "BACK.SACRUM")) {
            RegionShape shape = geometry.region(id).orElseThrow();
            PathData.Bounds b = shape.bounds();
            assertThat(shape.centroid().x()).as(id).isCloseTo(120, org.assertj.core.data.Offset.offset(0.5));
            assertThat(b.minY()).as("%s below the one above", id).isGreaterThan(spineTop);
            spineTop = b.maxY();
            for (String beside : List.of("BACK.TRAPEZIUS.L", "BACK.LATS.L", "BACK.LOWER_BACK.L", "BACK.GLUTES.L")) {
                PathData.Bounds m = geometry.region(beside).orElseThrow().bounds();
                boolean sameHeight = m.minY() < b.maxY() && m.maxY() > b.minY();
                if (sameHeight && !id.equals("BACK.SACRUM")) {
                    assertThat(m.maxX()).as("%s left of %s", beside, id).isLessThan(b.minX());
                }
            }
        }
    }

    @Test
    void theBackOfEachKneeSitsBetweenHamstringsAndCalf() {
        for (String side : List.of(".L", ".R")) {
            PathData.Bounds knee = geometry.region("BACK.KNEE" + side).orElseThrow().bounds();
            assertThat(geometry.region("BACK.HAMSTRINGS" + side).orElseThrow().bounds().maxY()).isLessThan(knee.minY());
            assertThat(geometry.region("BACK.CALF" + side).orElseThrow().bounds().minY()).isGreaterThan(knee.maxY());
        }
    }

    /** A paired region stays on its own half, so it never overlaps its twin. */
    @Test
    void pairedRegionsDoNotOverlapAcrossTheMidline() {
        for (BodyFigure figure : geometry.figures()) {
            for (RegionShape shape : figure.regions()) {
                if (BodyRegions.require(shape.regionId()).laterality() == Laterality.NONE) {
                    continue;
                }
                PathData.Bounds b = shape.bounds();
                boolean viewerLeft = shape.centroid().x() < figure.width() / 2;
                if (viewerLeft) {
                    assertThat(b.maxX()).as(shape.regionId()).isLessThanOrEqualTo(figure.width() / 2);
                } else {
                    assertThat(b.minX()).as(shape.regionId()).isGreaterThanOrEqualTo(figure.width() / 2);
                }
            }
        }
    }

    @Test
    void aMissingRegionIsNamedInTheError() {
        String json = """
                {"figures": [{"side": "FRONT", "width": 240, "height": 560, "outline": "M 0 0 L 10 0 L 10 10 Z",
                  "regions": [{"id": "FRONT.NECK", "path": "M 0 0 L 10 0 L 10 10 Z", "labelX": 8, "labelY": 2}]}]}
                """;
        assertThatThrownBy(() -> BodyGeometry.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"))
                .hasMessageContaining("test.json").hasMessageContaining("FRONT.SHOULDER.L");
    }

    @Test
    void aRegionOnTheWrongFigureIsRejected() {
        String json = """
                {"figures": [{"side": "FRONT", "width": 240, "height": 560, "outline": "M 0 0 L 10 0 L 10 10 Z",
                  "regions": [{"id": "BACK.CALF.L", "path": "M 0 0 L 10 0 L 10 10 Z", "labelX": 8, "labelY": 2}]}]}
                """;
        assertThatThrownBy(() -> BodyGeometry.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"))
                .hasMessageContaining("BACK.CALF.L").hasMessageContaining("BACK figure");
    }

    @Test
    void aBadPathNamesTheRegion() {
        String json = """
                {"figures": [{"side": "FRONT", "width": 240, "height": 560, "outline": "M 0 0 L 10 0 L 10 10 Z",
                  "regions": [{"id": "FRONT.NECK", "path": "M 0 0 A 1 1 0 0 0 5 5 Z", "labelX": 8, "labelY": 2}]}]}
                """;
        assertThatThrownBy(() -> BodyGeometry.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"))
                .hasMessageContaining("FRONT.NECK").hasMessageContaining("unsupported command 'A'");
    }

    @Test
    void malformedJsonNamesTheSourceAndLine() {
        String json = """
                {"figures": [{"side": "FRONT",
                  "width": 240 "height": 560}]}
                """;
        assertThatThrownBy(() -> BodyGeometry.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"))
                .hasMessageContaining("test.json line 2").hasMessageContaining("expected ','");
    }

    @Test
    void regionIdsOnEachFigureAreDistinct() {
        for (BodyFigure figure : geometry.figures()) {
            Set<String> seen = new HashSet<>();
            figure.regions().forEach(r -> assertThat(seen.add(r.regionId())).as(r.regionId()).isTrue());
        }
    }
}
