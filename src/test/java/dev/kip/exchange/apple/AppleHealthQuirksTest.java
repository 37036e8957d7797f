package dev.kip.exchange.apple;

import static dev.kip.exchange.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kip.domain.DeviceNight;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.Fixtures;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.Notice;
import dev.kip.exchange.parse.SkipReason;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** iPhone-only nights, which source wins a night, and records that span days (issue 15, 16). */
class AppleHealthQuirksTest {

    private final AppleHealthParser parser = new AppleHealthParser();

    @Test
    void inBedOnlyNightsAreAsleepUnknown_coverageBeatsStages_aRecordOfDaysIsCountedNotClamped() throws Exception {
        ImportBatch batch = parse(parser, "apple-health-phone-only.xml");

        assertThat(batch.deviceNights()).extracting(DeviceNight::date, DeviceNight::source, DeviceNight::inBedMin,
                        DeviceNight::asleepMin, DeviceNight::coreMin, DeviceNight::deepMin, DeviceNight::remMin)
                .containsExactly(
                        // the phone alone: 7 h 30 in bed, asleep unknown — not 0
                        tuple(LocalDate.of(2024, 3, 5), "Sam’s iPhone", 450, null, 0, 0, 0),
                        // the watch's 80-minute fragment covers less than half of the phone's 355 minutes: the phone wins
                        tuple(LocalDate.of(2024, 3, 6), "Sam’s iPhone", 355, null, 0, 0, 0),
                        // the watch covers 425 of the phone's 450 minutes and has stages: the watch wins
                        tuple(LocalDate.of(2024, 3, 7), "Sam’s Apple Watch", 425, 425, 105, 60, 260));
        assertThat(batch.noticed(Notice.ASLEEP_UNKNOWN)).isEqualTo(2);
        assertThat(batch.skipped(SkipReason.SLEEP_OTHER_SOURCE)).isEqualTo(2);
        assertThat(batch.skipped(SkipReason.SLEEP_RECORD_OVER_A_DAY)).as("78 hours in bed").isEqualTo(1);
    }

    @Test
    void anAttributeOfGigabytesIsRefusedWithItsLine_neverReadIntoMemory() {
        byte[] head = ("<?xml version=\"1.0\"?>\n<HealthData locale=\"en_US\">\n <Record type=\"HKCategoryTypeIdentifierSleepAnalysis\"\n"
                + "  sourceName=\"").getBytes(StandardCharsets.UTF_8);
        long size = 1_500_000_000L;
        InputStream huge = new InputStream() {
            private long at;

            @Override
            public int read() {
                return at < size ? at < head.length ? head[(int) at++] : ++at > 0 ? 'x' : -1 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - at);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) read();
                }
                return n;
            }
        };

        assertThatThrownBy(() -> parser.parse(huge, Fixtures.context("export.xml", MassUnit.KG)))
                .isInstanceOf(ImportException.class)
                .hasMessage("export.xml, line 3: a tag or text runs over 1,000,000 characters (Apple's records are a few hundred): "
                        + "the file is damaged or not an Apple Health export");
    }

    @Test
    void realFile_aWatchsTwelveMinutesBeatAPhonesMinuteInBed() throws Exception {
        ImportBatch batch = parse(parser, "real/apple-health-cirilo.xml");

        assertThat(batch.deviceNights()).extracting(DeviceNight::date, DeviceNight::source, DeviceNight::asleepMin)
                .containsExactly(tuple(LocalDate.of(2024, 1, 1), "Alexandre's Apple Watch", 13));
        assertThat(batch.skipped(SkipReason.SLEEP_OTHER_SOURCE)).isEqualTo(1);
        // Written at +0200 by the exporting phone, recorded in Amsterdam (+0100 in January): the night is Amsterdam's.
        assertThat(batch.deviceNights()).singleElement().satisfies(n -> {
            assertThat(n.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
            assertThat(n.start()).isEqualTo(LocalDateTime.of(2024, 1, 1, 2, 27, 53));
            assertThat(n.end()).isEqualTo(LocalDateTime.of(2024, 1, 1, 2, 40, 23));
        });
    }
}
