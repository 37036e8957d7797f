package dev.kip.ui.chart;

import dev.kip.insight.DayValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link TimeChart} shows: a title (for its spoken summary), the days from {@code from} to
 * {@code to}, the series and reference lines, the two value axes, and what to say when there is
 * nothing to draw.
 */
public record TimeData(String title, LocalDate from, LocalDate to, List<Series> series, List<Reference> references,
                       ValueAxis left, ValueAxis right, String emptyText) {

    public TimeData {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range: " + to + " is before " + from);
        }
        series = List.copyOf(series);
        references = List.copyOf(references);
    }

    /** Nothing at all: what a chart shows before its first data. */
    public static TimeData nothing() {
        LocalDate today = LocalDate.now();
        return new TimeData("", today, today, List.of(), List.of(), ValueAxis.NONE, ValueAxis.NONE, "");
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.points().isEmpty());
    }

    /**
     * The chart in a sentence, for screen readers: "e1RM of Back Squat, 989 sessions, from 120 kg
     * to 160 kg, highest 165 kg" (the first and last value in date order, and the highest); with
     * several series, each named in turn.
     */
    public String summary() {
        List<Series> shown = series.stream().filter(s -> !s.points().isEmpty()).toList();
        if (shown.isEmpty()) {
            return title.isEmpty() ? emptyText : title + ": " + emptyText;
        }
        if (shown.size() == 1 && !title.isEmpty()) {
            return title + ", " + describe(shown.get(0));
        }
        List<String> parts = new ArrayList<>();
        for (Series s : shown) {
            parts.add(s.name() + ", " + describe(s));
        }
        return (title.isEmpty() ? "" : title + ": ") + String.join("; ", parts);
    }

    private static String describe(Series s) {
        List<DayValue> p = s.points();
        int n = p.size();
        String noun = n == 1 && s.noun().endsWith("s") ? s.noun().substring(0, s.noun().length() - 1) : s.noun();
        if (n == 1) {
            return "1 " + noun + ", " + s.format().apply(p.get(0).value());
        }
        double highest = p.stream().mapToDouble(DayValue::value).max().orElseThrow();
        return n + " " + noun + ", from " + s.format().apply(p.get(0).value()) + " to " + s.format().apply(p.get(n - 1).value())
                + ", highest " + s.format().apply(highest);
    }
}
