package dev.kip.report;

import dev.kip.insight.DayValue;
import dev.kip.insight.DurationFormat;
import dev.kip.report.ReportModel.Header;
import dev.kip.report.ReportModel.SleepAverages;
import dev.kip.report.ReportModel.SleepSection;
import java.io.IOException;
import java.util.List;

/** How they sleep: the diary averages, debt and regularity in cells, and a bar per night against the target. */
final class SleepBlock {

    static final float CHART_HEIGHT = 74;
    /** The whole block's height: heading, two rows of cells, the chart's title and the chart. */
    static final float HEIGHT = Type.HEADING_HEIGHT + 2 * (Type.CELL_HEIGHT + Type.LINE) + 11 + CHART_HEIGHT + 8;

    private SleepBlock() {
    }

    static void draw(PageFlow flow, SleepSection s, Header h) throws IOException {
        if (!flow.roomFor("sleep", Type.HEADING_HEIGHT + 2 * Type.CELL_HEIGHT)) {
            return;
        }
        Type.heading(flow, "Sleep: " + s.nightsLogged() + " of " + h.days() + " nights logged in the morning diary");
        Paragraphs.draw(flow, "Sources of the nightly sleep figures (the diary where it has the night, else a device, "
                + "as the person chose) — " + s.sources() + ".", Type.TEXT);
        if (s.averages().isEmpty()) {
            Paragraphs.draw(flow, "No nights logged in this range.", Type.TEXT);
            return;
        }
        SleepAverages a = s.averages().get();
        Type.cells(flow, new String[][] {
            {"Asleep per night (mean)", DurationFormat.text(a.tstMin())},
            {"Sleep efficiency", Formats.percent(a.sePct())},
            {"Falling asleep (SOL)", DurationFormat.text(a.solMin())},
            {"Awake in the night (WASO)", DurationFormat.text(a.wasoMin())},
            {"Awakenings per night", Formats.oneDecimal(a.awakenings())},
            {"Quality · rested (1–5)", Formats.oneDecimal(a.quality()) + " · " + Formats.oneDecimal(a.rested())},
        });
        Type.cells(flow, new String[][] {
            {"Short nights (< 7 h)", s.shortNights() + " of " + s.nightsLogged()},
            {"Low efficiency (< 85 %)", s.lowEfficiencyNights() + " of " + s.nightsLogged()},
            {"Sleep debt, last 14 nights", DurationFormat.text(s.debtMin())},
            {"Wake-time spread (SD)", s.wakeSdMin().isPresent() ? DurationFormat.text(s.wakeSdMin().getAsDouble()) : "–"},
            {"Target", DurationFormat.text(s.targetMin())},
            {"", ""},
        });
        if (!flow.room(CHART_HEIGHT + 14)) {
            return;
        }
        flow.canvas().fitted("Hours asleep per night (dark bars: under 7 h)", flow.left(), flow.y() + 8, flow.width(),
                Type.SMALL_BOLD, PdfCanvas.Align.LEFT);
        flow.advance(11);
        List<DayValue> hours = s.nightly().stream().map(v -> new DayValue(v.date(), v.value() / 60)).toList();
        double max = Math.max(10, Math.ceil(hours.stream().mapToDouble(DayValue::value).max().orElse(0)));
        Charts.Frame frame = new Charts.Frame(flow.left(), flow.y(), flow.width(), CHART_HEIGHT, max, 2, " h");
        Charts.dailyBars(flow.canvas(), frame, h.from(), h.to(), hours, Palette.SLEEP, Palette.SHORT_NIGHT,
                v -> v * 60 < SleepSection.SHORT_BELOW_MIN, s.targetMin() / 60.0,
                "target " + DurationFormat.text(s.targetMin()));
        flow.advance(CHART_HEIGHT + 8);
    }
}
