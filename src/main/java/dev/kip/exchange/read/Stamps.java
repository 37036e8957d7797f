package dev.kip.exchange.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The timestamps of the trackers' exports: ISO-like local times ({@code 2024-03-04T06:30:00.000},
 * {@code 2024-03-04 06:30}), optionally with an offset or {@code Z}, and the offsets written
 * beside them ({@code UTC+0100}, {@code UTC-08:00}, {@code +02:00}). Readers return null for text
 * that is not one, so parsers can name the place.
 */
public final class Stamps {

    /** A time as written: its local date-time, and its offset when the text carries one (else null). */
    public record Stamp(LocalDateTime local, ZoneOffset offset) {

        /** The local time in {@code zone}: converted when the text had an offset, else taken as written. */
        public LocalDateTime in(ZoneId zone) {
            return offset == null ? local : local.atOffset(offset).atZoneSameInstant(zone).toLocalDateTime();
        }

        /** The instant, reading a time written without offset as one in {@code zone}. */
        public Instant instant(ZoneId zone) {
            return offset == null ? local.atZone(zone).toInstant() : local.toInstant(offset);
        }
    }

    private Stamps() {
    }

    /**
     * {@code yyyy-MM-dd[T| ]H:mm[:ss[.fraction]][Z|±hh[:mm]]}, the same with AM/PM,
     * {@code dd-MM-yyyy h:mm am}, or epoch milliseconds (UTC); null when it is none of them.
     */
    public static Stamp parse(String text) {
        String t = text.strip();
        if (t.length() >= 10 && t.length() <= 15 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Stamp(LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(t)), ZoneOffset.UTC), ZoneOffset.UTC);
        }
        if (t.length() >= 10 && t.charAt(2) == '-' && t.charAt(5) == '-') {
            t = t.substring(6, 10) + "-" + t.substring(3, 5) + "-" + t.substring(0, 2) + t.substring(10);
        }
        if (t.length() < 15 || (t.charAt(10) != 'T' && t.charAt(10) != ' ')) {
            return null;
        }
        int end = 11;
        while (end < t.length() && t.charAt(end) != 'Z' && t.charAt(end) != '+' && t.charAt(end) != '-') {
            end++;
        }
        String clock = t.substring(0, end);
        int dot = clock.indexOf('.', 11);
        if (dot > 0) {
            clock = clock.substring(0, dot);
        }
        LocalDateTime local = DateTimes.dateAndClock(clock.replace('T', ' '));
        if (local == null) {
            return null;
        }
        if (end == t.length()) {
            return new Stamp(local, null);
        }
        ZoneOffset offset = offset(t.substring(end));
        return offset == null ? null : new Stamp(local, offset);
    }

    /** {@code Z}, {@code ±hh}, {@code ±hhmm}, {@code ±hh:mm}, optionally after {@code UTC} or {@code GMT}; null if not one. */
    public static ZoneOffset offset(String text) {
        String t = text.strip();
        if (t.startsWith("UTC") || t.startsWith("GMT")) {
            t = t.substring(3);
            if (t.isEmpty()) {
                return ZoneOffset.UTC;
            }
        }
        if (t.equals("Z")) {
            return ZoneOffset.UTC;
        }
        if (t.length() == 5 && t.charAt(3) != ':') {
            t = t.substring(0, 3) + ":" + t.substring(3);
        }
        try {
            return ZoneOffset.of(t);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whole minutes (rounded) from {@code start} to {@code end}, or -1 when the end is before the start. */
    public static int minutesBetween(Instant start, Instant end) {
        long seconds = Duration.between(start, end).getSeconds();
        return seconds < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, (seconds + 30) / 60);
    }
}
