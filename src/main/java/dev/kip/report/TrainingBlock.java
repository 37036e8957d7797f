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
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** How hard they train: frequency, weekly session load with the acute:chronic ratio, lift trends and "felt heavier". */
final class TrainingBlock {

    static final float LOAD_CHART_HEIGHT = 62;
    private static final float LIFT_ROW = 15;
    private static final float[] COLUMNS = {0.22f, 0.12f, 0.12f, 0.13f, 0.2f, 0.21f};
    /** The first header is filled in with the name of the e1RM formula in use. */
    private static final String[] HEADERS = {"Lift (best e1RM, %s)", "First 14 days", "Last 14 days", "Change",
        "Each session's best", "Loads a painful region"};

    private TrainingBlock() {
    }

    static void draw(PageFlow flow, TrainingSection t, Header h) throws IOException {
        if (!flow.room(Type.HEADING_HEIGHT + Type.CELL_HEIGHT)) {
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
            flow.canvas().fitted("Felt heavier on " + dates, flow.left(), flow.y() + 6, flow.width(), Type.SMALL,
                    Align.LEFT);
            flow.advance(10);
        }
        if (t.sessions() > 0 && flow.room(LOAD_CHART_HEIGHT + 14)) {
            loadChart(flow, t.weeklyLoad(), t.acwrAtEnd());
        }
        if (!t.lifts().isEmpty() && flow.room(3 * LIFT_ROW)) {
            lifts(flow, t.lifts(), h);
        }
    }

    private static String ratio(Acwr a) {
        return Formats.oneDecimal(a.ratio()) + (a.isHigh() ? " ▲ high (> 1.5)" : "");
    }

    private static void loadChart(PageFlow flow, List<WeekLoad> weeks, Optional<Acwr> acwr) throws IOException {
        PdfCanvas c = flow.canvas();
        c.text("Weekly session load (sRPE × minutes; outlined bars: weeks only partly in the range)", flow.left(),
                flow.y() + 7, Type.SMALL_BOLD);
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
            if (slot > 22) {
                c.fitted(Formats.day(w.weekStart()), f.plotX() + i * slot, f.y() + f.height(), slot, Type.SMALL_MUTED,
                        Align.CENTER);
            }
        }
        flow.advance(LOAD_CHART_HEIGHT + 4);
        if (acwr.isPresent()) {
            Acwr a = acwr.get();
            c.fitted("Acute:chronic ratio " + Formats.oneDecimal(a.ratio()) + ": the last 7 days' load "
                            + Formats.whole(a.acute()) + " against an average week of " + Formats.whole(a.chronicWeekly())
                            + " over the last 28 days" + (a.isHigh() ? " ▲ a sharp rise (above 1.5)" : "")
                            + "; it describes the change of load, not a risk of injury (" + Evidence.LOAD_CHANGE.sourceNames() + ")",
                    flow.left(), flow.y() + 7, flow.width(), Type.SMALL.withColor(a.isHigh() ? Palette.WORSE : Palette.TEXT),
                    Align.LEFT);
        }
        flow.advance(12);
    }

    private static void lifts(PageFlow flow, List<LiftTrend> lifts, Header h) throws IOException {
        PdfCanvas c = flow.canvas();
        float[] xs = new float[COLUMNS.length];
        float x = flow.left();
        for (int i = 0; i < COLUMNS.length; i++) {
            xs[i] = x + 2;
            x += COLUMNS[i] * flow.width();
        }
        for (int i = 0; i < HEADERS.length; i++) {
            c.fitted(i == 0 ? String.format(HEADERS[0], E1rm.name(h.e1rmFormula())) : HEADERS[i], xs[i], flow.y() + 7.5f, COLUMNS[i] * flow.width() - 6, Type.SMALL_BOLD,
                    i == 0 || i >= 4 ? Align.LEFT : Align.RIGHT);
        }
        c.line(flow.left(), flow.y() + 10.5f, flow.left() + flow.width(), flow.y() + 10.5f, Palette.GRID, 0.4f);
        flow.advance(12);
        for (LiftTrend lift : lifts) {
            if (!flow.room(LIFT_ROW)) {
                break;
            }
            row(flow, xs, lift, h);
        }
        flow.advance(4);
    }

    private static void row(PageFlow flow, float[] xs, LiftTrend lift, Header h) throws IOException {
        PdfCanvas c = flow.canvas();
        float base = flow.y() + 9.5f;
        float w0 = COLUMNS[0] * flow.width() - 6;
        c.fitted(lift.name(), xs[0], base, w0, lift.mainLift() ? Type.SMALL_BOLD : Type.SMALL, Align.LEFT);
        c.fitted(mass(lift.startKg(), h), xs[1], base, COLUMNS[1] * flow.width() - 6, Type.SMALL, Align.RIGHT);
        c.fitted(mass(lift.endKg(), h), xs[2], base, COLUMNS[2] * flow.width() - 6, Type.SMALL, Align.RIGHT);
        String change = "–";
        Color color = Palette.MUTED;
        if (lift.startKg().isPresent() && lift.endKg().isPresent()) {
            double pct = (lift.endKg().getAsDouble() / lift.startKg().getAsDouble() - 1) * 100;
            boolean up = pct >= 1;
            boolean down = pct <= -1;
            change = (up ? "▲ " : down ? "▼ " : "= ") + Formats.signedOneDecimal(pct) + " %";
            color = up ? Palette.BETTER : down ? Palette.WORSE : Palette.MUTED;
        }
        c.fitted(change, xs[3], base, COLUMNS[3] * flow.width() - 6, Type.SMALL_BOLD.withColor(color), Align.RIGHT);
        Charts.sparkline(c, xs[4], flow.y() + 2, COLUMNS[4] * flow.width() - 10, LIFT_ROW - 5, h.from(), h.to(),
                lift.sessions(), Palette.STRENGTH);
        c.fitted(String.join(", ", lift.loadsMarked()), xs[5], base, COLUMNS[5] * flow.width() - 4, Type.SMALL,
                Align.LEFT);
        flow.advance(LIFT_ROW);
    }

    private static String mass(OptionalDouble kg, Header h) {
        return kg.isPresent() ? Formats.mass(kg.getAsDouble(), h.massUnit()) : "–";
    }
}
