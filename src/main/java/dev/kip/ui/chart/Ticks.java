package dev.kip.ui.chart;

import dev.kip.text.DateText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Axis ticks: "nice" numbers (1, 2, 2.5, 5 × 10ⁿ) for values, and weeks, months or years for dates. */
public final class Ticks {

    private Ticks() {
    }

    /** A value axis: bounds widened to whole steps and the ticks between them, about {@code count} of them. */
    public record Scale(double min, double max, double step) {
        public List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            for (double t = min; t <= max + step / 1e6; t += step) {
                ticks.add(Math.abs(t) < step / 1e6 ? 0 : t);
            }
            return ticks;
        }
    }

    public static Scale nice(double min, double max, int count) {
        if (!(max > min)) {
            double pad = Math.max(1, Math.abs(min) * 0.1);
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / Math.max(1, count);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        return new Scale(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
    }

    /** A date tick and its label. */
    public record DateTick(LocalDate date, String label) {
    }

    /** Mondays for up to ~10 weeks, month starts up to ~18 months, else 1 January of each year (every few years for long spans). */
    public static List<DateTick> dates(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        List<DateTick> ticks = new ArrayList<>();
        if (days <= 70) {
            int every = days <= 35 ? 1 : 2;
            LocalDate d = from.with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
            for (int i = 0; !d.isAfter(to); d = d.plusWeeks(1), i++) {
                if (i % every == 0) {
                    ticks.add(new DateTick(d, DateText.dayMonth(d)));
                }
            }
        } else if (days <= 550) {
            int every = days <= 200 ? 1 : 2;
            LocalDate d = from.withDayOfMonth(1).isBefore(from) ? from.withDayOfMonth(1).plusMonths(1) : from;
            for (int i = 0; !d.isAfter(to); d = d.plusMonths(1), i++) {
                if (i % every == 0) {
                    ticks.add(new DateTick(d, d.getMonthValue() == 1 || ticks.isEmpty() ? DateText.monthYear(d) : DateText.month(d)));
                }
            }
        } else {
            long years = days / 365;
            int every = years <= 8 ? 1 : 2;
            LocalDate d = from.withDayOfYear(1).isBefore(from) ? from.withDayOfYear(1).plusYears(1) : from;
            for (; !d.isAfter(to); d = d.plusYears(every)) {
                ticks.add(new DateTick(d, Integer.toString(d.getYear())));
            }
        }
        return ticks;
    }
}
