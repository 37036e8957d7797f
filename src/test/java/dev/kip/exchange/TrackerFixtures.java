package dev.kip.exchange;

import dev.kip.domain.DeviceNight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Helpers for the sleep trackers' parser tests: expected nights, and zips built around fixtures. */
public final class TrackerFixtures {

    private TrackerFixtures() {
    }

    /**
     * A device night from "2024-03-03T23:10" to "2024-03-04T06:40", its date the wake date, slept in the zone the
     * parser tests import in ({@link Fixtures#BERLIN}): a file that gives no zone.
     */
    public static DeviceNight night(String source, String start, String end, int inBed, int asleep, int awake, int light,
                                    int deep, int rem) {
        LocalDateTime to = LocalDateTime.parse(end);
        LocalDate date = to.getHour() < 18 ? to.toLocalDate() : to.toLocalDate().plusDays(1);
        return new DeviceNight(date, source, LocalDateTime.parse(start), to, inBed, asleep, awake, light, deep, rem,
                Fixtures.BERLIN);
    }

    /** {@code n} slept in {@code zone} ("+01:00", "Europe/London"): a file that says where it was slept. */
    public static DeviceNight in(String zone, DeviceNight n) {
        return new DeviceNight(n.date(), n.source(), n.start(), n.end(), n.inBedMin(), n.asleepMin(), n.awakeMin(), n.coreMin(),
                n.deepMin(), n.remMin(), ZoneId.of(zone));
    }

    /** A zip holding {@code entries}: name, bytes, name, bytes… */
    public static byte[] zip(Object... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) entries[i]));
                zip.write((byte[]) entries[i + 1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
