package dev.kip.exchange.apple;

import dev.kip.exchange.read.DateTimes;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Apple Health's {@code yyyy-MM-dd HH:mm:ss Z} ({@code 2024-03-04 07:01:12 +0100}) read by hand
 * into epoch seconds and the offset, reusing one instance: sleep exports have hundreds of
 * thousands of these.
 */
final class AppleTime {

    private long epochSecond;
    private int offsetSeconds;

    /** Reads {@code s}; false when it is not in the layout. */
    boolean parse(String s) {
        if (s.length() != 25 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != ' ' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(19) != ' ' || (s.charAt(20) != '+' && s.charAt(20) != '-')) {
            return false;
        }
        int year = DateTimes.digits(s, 0, 4);
        int month = DateTimes.digits(s, 5, 7);
        int day = DateTimes.digits(s, 8, 10);
        int hour = DateTimes.digits(s, 11, 13);
        int minute = DateTimes.digits(s, 14, 16);
        int second = DateTimes.digits(s, 17, 19);
        int offH = DateTimes.digits(s, 21, 23);
        int offM = DateTimes.digits(s, 23, 25);
        if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59 || offH < 0 || offH > 18 || offM < 0 || offM > 59) {
            return false;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return false;
        }
        offsetSeconds = (s.charAt(20) == '-' ? -1 : 1) * (offH * 3600 + offM * 60);
        epochSecond = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return true;
    }

    long epochSecond() {
        return epochSecond;
    }

    /** The offset of the last parsed time, so its local clock time is {@code epochSecond + offsetSeconds}. */
    int offsetSeconds() {
        return offsetSeconds;
    }
}
