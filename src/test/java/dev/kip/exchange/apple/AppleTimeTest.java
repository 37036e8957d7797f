package dev.kip.exchange.apple;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Apple Health's timestamps, read by hand for speed. */
class AppleTimeTest {

    @Test
    void appleTimestamps() {
        AppleTime t = new AppleTime();
        assertThat(t.parse("2024-03-04 07:01:12 +0100")).isTrue();
        assertThat(t.epochSecond()).isEqualTo(LocalDateTime.of(2024, 3, 4, 6, 1, 12).toEpochSecond(ZoneOffset.UTC));
        assertThat(t.offsetSeconds()).isEqualTo(3600);
        assertThat(t.parse("2024-03-04 07:01:12 -0530")).isTrue();
        assertThat(t.offsetSeconds()).isEqualTo(-(5 * 3600 + 30 * 60));
        assertThat(t.parse("2024-02-30 07:01:12 +0100")).isFalse();
        assertThat(t.parse("2024-03-04T07:01:12+01:00")).isFalse();
    }
}
