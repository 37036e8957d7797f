package dev.kip.report;

import dev.kip.insight.Acwr;
import dev.kip.insight.E1rm;
import dev.kip.insight.Evidence;
import dev.kip.report.PdfCanvas.Align;
import dev.kip.report.ReportModel.Header;
import dev.kip.report.ReportModel.LiftTrend;
import dev.kip.report.ReportModel.TrainingSection;
import dev.kip.report.ReportModel.WeekLoad;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** How hard they train: frequency, weekly session load with the acute:chronic ratio, lift trends and "felt heavier". */
final class TrainingBlock {

    static final float LOAD_CHART_HEIGHT = 62;
    private static final float LIFT_ROW = 14;
    private static final float[] COLUMNS = {0.22f, 0.12f, 0.12f, 0.13f, 0.2f, 0.21f};
    /** The first header is followed by the name of the e1RM formula in use and ")". */
    private static final String[] HEADERS = {"Lift (best e1RM, ", "First 14 days", "Last 14 days", "Change",
        "Each session's best", "Loads a painful region"};

    private TrainingBlock() {
    }

    static void draw(PageFlow flow, TrainingSection t, Header h) throws IOException {
        // the heading, its figures and the load chart start together, on a new page if need be
        if (!flow.roomFor("training", Type.HEADING_HEIGHT + Type.CELL_HEIGHT + Type.LINE + LOAD_CHART_HEIGHT + 30)) {
            return;
        }
        Type.heading(flow, "Training: " + t.sessions() + (t.sessions() == 1 ? " session" : " sessions"));
        List<WeekLoad> full = t.weeklyLoad().stream().filter(w -> !w.partial()).toList();
        String meanLoad = full.isEmpty() ? "–" : Formats.whole(full.stream().mapToDouble(WeekLoad::load).average().orElse(0));
        Type.cells(flow, new String[][] {
            {"Sessions per week", Formats.oneDecimal(t.sessionsPerWeek())},
            {"Weekly load, mean of full weeks (sRPE × min)", meanLoad},
            {"Acute:chronic load ratio on " + Formats.day(h.to()), t.acwrAtEnd().map(TrainingBlock::ratio).orElse("–")},
            {"Sessions that felt heavier than expected", Integer.toString(t.feltHeavier().size())},
        });
        if (!t.feltHeavier().isEmpty()) {
            String dates = t.feltHeavier().stream().map(Formats::day).collect(Collectors.joining(", "));
            Paragraphs.draw(flow, "Felt heavier on " + dates, Type.SMALL);
        }
        if (t.sessions() > 0 && flow.room(LOAD_CHART_HEIGHT + 14)) {
            loadChart(flow, t.weeklyLoad(), t.acwrAtEnd());
        }
        if (!t.lifts().isEmpty()) {
            lifts(flow, t.lifts(), h);
        }
    }

    private static String ratio(Acwr a) {
        return Formats.oneDecimal(a.ratio()) + (a.isHigh() ? " ▲ high (> 1.5)" : "");
    }

    private static void loadChart(PageFlow flow, List<WeekLoad> weeks, Optional<Acwr> acwr) throws IOException {
        PdfCanvas c = flow.canvas();
        c.fitted("Weekly session load (sRPE × minutes; outlined bars: weeks only partly in the range)", flow.left(),
                flow.y() + 8, flow.width(), Type.SMALL_BOLD, Align.LEFT);
        flow.advance(14);
        double max = weeks.stream().mapToDouble(WeekLoad::load).max().orElse(0);
        double step = Charts.niceStep(max);
        double top = Math.max(step, Math.ceil(max / step) * step);
        Charts.Frame f = new Charts.Frame(flow.left(), flow.y(), flow.width(), LOAD_CHART_HEIGHT, top, step, "");
        Charts.axis(c, f);
        float slot = f.plotWidth() / weeks.size();
        float bar = Math.min(28, slot * 0.7f);
        for (int i = 0; i < weeks.size(); i++) {
            WeekLoad w = weeks.get(i);
            float bx = f.plotX() + i * slot + (slot - bar) / 2;
            float y = f.yOf(w.load());
            if (w.partial()) {
                c.strokeRect(bx + 0.3f, y + 0.3f, bar - 0.6f, f.yOf(0) - y - 0.3f, Palette.LOAD, 0.6f);
            } else {
                c.fillRect(bx, y, bar, f.yOf(0) - y, Palette.LOAD);
            }
            if (slot > 26) {
                c.fitted(Formats.day(w.weekStart()), f.plotX() + i * slot, f.y() + f.height(), slot, Type.SMALL_MUTED,
                        Align.CENTER);
            }
        }
        flow.advance(LOAD_CHART_HEIGHT + 4);
        if (acwr.isPresent()) {
            Acwr a = acwr.get();
            Paragraphs.draw(flow, "Acute:chronic ratio " + Formats.oneDecimal(a.ratio()) + ": the last 7 days' load "
                            + Formats.whole(a.acute()) + " against an average week of " + Formats.whole(a.chronicWeekly())
                            + " over the last 28 days" + (a.isHigh() ? " ▲ a sharp rise (above 1.5)" : "")
                            + "; it describes the change of load, not a risk of injury (" + Evidence.LOAD_CHANGE.sourceNames() + ")",
                    Type.SMALL.withColor(a.isHigh() ? Palette.WORSE : Palette.TEXT));
        }
        flow.advance(4);
    }

    private static void lifts(PageFlow flow, List<LiftTrend> lifts, Header h) throws IOException {
        List<Table.Column> columns = new ArrayList<>();
        for (int i = 0; i < HEADERS.length; i++) {
            columns.add(new Table.Column(i == 0 ? HEADERS[0] + E1rm.name(h.e1rmFormula()) + ")" : HEADERS[i],
                    COLUMNS[i], i == 0 || i >= 4 ? Align.LEFT : Align.RIGHT));
        }
        Table table = new Table(flow, columns);
        if (!table.header("the lift trends")) {
            return;
        }
        int shown = 0;
        for (LiftTrend lift : lifts) {
            if (!table.row(cells(lift, h), false)) {
                break;
            }
            shown++;
        }
        Paragraphs.leftOut(flow, lifts.size() - shown, "lift", "lifts");
        flow.advance(4);
    }

    private static List<Table.Cell> cells(LiftTrend lift, Header h) {
        String change = "–";
        Color color = Palette.MUTED;
        if (lift.startKg().isPresent() && lift.endKg().isPresent()) {
            double pct = (lift.endKg().getAsDouble() / lift.startKg().getAsDouble() - 1) * 100;
            boolean up = pct >= 1;
            boolean down = pct <= -1;
            change = (up ? "▲ " : down ? "▼ " : "= ") + Formats.signedOneDecimal(pct) + " %";
            color = up ? Palette.BETTER : down ? Palette.WORSE : Palette.MUTED;
        }
        return List.of(Table.Cell.text(lift.name(), lift.mainLift() ? Type.SMALL_BOLD : Type.SMALL),
                Table.Cell.text(mass(lift.startKg(), h), Type.SMALL), Table.Cell.text(mass(lift.endKg(), h), Type.SMALL),
                Table.Cell.text(change, Type.SMALL_BOLD.withColor(color)),
                Table.Cell.picture((c, x, y, w, height) -> Charts.sparkline(c, x, y + 1, w - 4, Math.min(height, LIFT_ROW) - 4,
                        h.from(), h.to(), lift.sessions(), Palette.STRENGTH), LIFT_ROW),
                Table.Cell.text(lift.loadsMarked().isEmpty() ? "–" : String.join(", ", lift.loadsMarked()), Type.SMALL));
    }

    private static String mass(OptionalDouble kg, Header h) {
        return kg.isPresent() ? Formats.mass(kg.getAsDouble(), h.massUnit()) : "–";
    }
}
