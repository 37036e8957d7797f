package dev.kip.insight;

import dev.kip.domain.RegionDay;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class HeatStripTest {
    static final LocalDate D = LocalDate.of(2026, 3, 1);

    @Test
    void rowsAreTheMarkedRegionsInCatalogOrderAndCellsKeepTheHighestOfEachKind() {
        // 10 days into 5 columns of 2 days. Left knee: soreness 4 on day 0 and 6 on day 1 → column 0 soreness 6;
        // pain 3 on day 9 → column 4. Neck (front, before the knee in the catalog) soreness 2 on day 4 → column 2.
        List<RegionDay> marks = List.of(
                new RegionDay(D, "FRONT.KNEE.L", 4, 0),
                new RegionDay(D.plusDays(1), "FRONT.KNEE.L", 6, 0),
                new RegionDay(D.plusDays(9), "FRONT.KNEE.L", 0, 3),
                new RegionDay(D.plusDays(4), "FRONT.NECK", 2, 0),
                new RegionDay(D.plusDays(20), "BACK.CALF.L", 5, 0)); // outside the range: no row
        HeatStrip strip = HeatStrip.of(marks, D, D.plusDays(9), 5);
        assertThat(strip.regionIds()).containsExactly("FRONT.NECK", "FRONT.KNEE.L");
        assertThat(strip.columns()).isEqualTo(5);
        assertThat(strip.soreness(1, 0)).isEqualTo(6);
        assertThat(strip.pain(1, 4)).isEqualTo(3);
        assertThat(strip.soreness(1, 4)).isZero();
        assertThat(strip.soreness(0, 2)).isEqualTo(2);
        assertThat(strip.columnStart(2)).isEqualTo(D.plusDays(4));
        assertThat(strip.columnEnd(2)).isEqualTo(D.plusDays(5));
    }

    @Test
    void aShortRangeHasOneColumnPerDay() {
        HeatStrip strip = HeatStrip.of(List.of(), D, D.plusDays(2), 400);
        assertThat(strip.columns()).isEqualTo(3);
        assertThat(strip.regionIds()).isEmpty();
    }
}
