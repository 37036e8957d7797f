package dev.kip.insight;

import dev.kip.domain.Night;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The four diary clock times of a night placed on real, zoned instants.
 *
 * <p>Rule: out of bed is on the wake date (the night's key). Walking backwards, each earlier
 * event is put at the latest occurrence of its clock time that is not after the next event:
 * final awakening ≤ out of bed, tried to sleep ≤ final awakening, into bed ≤ tried to sleep.
 * So 23:00 → 07:00 spans midnight, 07:00 → 15:00 stays on one day (night shift) and a 14 h stay
 * (20:00 → 10:00) comes out as 14 h. Each step is shorter than 24 h; {@link NightValidator}
 * decides which gaps are too long to be real.
 *
 * <p>The walk is done on local clock readings, then each is given its offset in the zone the
 * night was slept in ({@link Night#zone()}). A clock time
 * that did not exist (in the spring-forward gap) is moved forward by the gap, as
 * {@link LocalDateTime#atZone} does; should that put it after the next event, it is held at the
 * next event so the order never inverts. A time that occurred twice (autumn) takes the earlier
 * offset.
 */
public record SleepTimeline(ZonedDateTime intoBed, ZonedDateTime triedToSleep, ZonedDateTime finalWake,
        ZonedDateTime outOfBed) {

    public static SleepTimeline resolve(Night night) {
        ZoneId zone = night.zone();
        LocalDateTime out = night.date().atTime(night.outOfBed());
        LocalDateTime wake = latestNotAfter(night.finalWake(), out);
        LocalDateTime tried = latestNotAfter(night.triedToSleep(), wake);
        LocalDateTime bed = latestNotAfter(night.intoBed(), tried);

        ZonedDateTime outZ = out.atZone(zone);
        ZonedDateTime wakeZ = notAfter(wake.atZone(zone), outZ);
        ZonedDateTime triedZ = notAfter(tried.atZone(zone), wakeZ);
        ZonedDateTime bedZ = notAfter(bed.atZone(zone), triedZ);
        return new SleepTimeline(bedZ, triedZ, wakeZ, outZ);
    }

    /** The latest date-time with clock time {@code time} that is not after {@code next}. */
    static LocalDateTime latestNotAfter(LocalTime time, LocalDateTime next) {
        LocalDateTime sameDay = next.toLocalDate().atTime(time);
        return sameDay.isAfter(next) ? sameDay.minusDays(1) : sameDay;
    }

    private static ZonedDateTime notAfter(ZonedDateTime t, ZonedDateTime next) {
        return t.isAfter(next) ? next : t;
    }
}
