package dev.kip.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.kip.domain.Exercise;
import dev.kip.insight.Correlation;
import dev.kip.insight.RecoveryCheck;
import dev.kip.insight.RecoveryReport;
import dev.kip.insight.RuleResult;
import dev.kip.insight.SessionPerformance;
import dev.kip.insight.SleepPerformancePair;
import dev.kip.insight.TrendsModel;
import dev.kip.insight.TrendsRequest;
import dev.kip.insight.TrendsVerdict;
import dev.kip.service.JournalSession;
import dev.kip.service.TrendsService;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code kip trends … --json}: sleep against strength for a range, the correlations by lag and the recovery check. */
@Command(name = "trends", mixinStandardHelpOptions = true,
        description = {"Print sleep against strength for a range as one JSON object: each session's sleep (lag 0) and"
                + " performance, the Spearman correlation for lags 0-3 with a 95 %% bootstrap interval (null below 14"
                + " pairs), the verdict those intervals support, and the recovery check on the last day with each"
                + " rule's state (ok, watch, act or not-enough-data). An association, not a cause."})
final class TrendsCommand extends JournalCommand implements Callable<Integer> {
    /** The default range when --from is not given: 12 weeks ending at --to. */
    static final int DEFAULT_DAYS = 84;

    @Option(names = "--from", paramLabel = "D", description = "First day (yyyy-MM-dd; default: 12 weeks before --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "Last day (yyyy-MM-dd; default: today).")
    LocalDate to;

    @Option(names = "--lift", paramLabel = "NAME", description = "An exercise name, e.g. \"Back Squat\" (default: the strength index of the main lifts).")
    String lift;

    @Option(names = "--window", paramLabel = "1|3", defaultValue = "1",
            description = "Nights of sleep before each session: 1 (the night before) or 3 (their mean). Default: ${DEFAULT-VALUE}.")
    int window;

    @Option(names = "--json", required = true, description = "Print JSON (the only output form for now).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        LocalDate end = to == null ? LocalDate.now() : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1L) : from;
        if (start.isAfter(end)) {
            throw new ParameterException(spec.commandLine(), "--from " + start + " is after --to " + end);
        }
        if (window != 1 && window != 3) {
            throw new ParameterException(spec.commandLine(), "--window must be 1 or 3 (nights), not " + window);
        }
        try (JournalSession journal = openExistingJournal()) {
            TrendsService queries = journal.trends();
            Exercise chosen = lift == null ? null : exercise(journal.training().catalog());
            if (lift != null && chosen == null) {
                return 1;
            }
            Long liftId = chosen == null ? null : chosen.id();
            int target = journal.settings().current().sleepTargetMin();
            TrendsRequest request = new TrendsRequest(start, end, liftId, window, target, queries.mainLiftIds());
            TrendsModel model = TrendsModel.of(queries.trendsData(request), request);
            RecoveryReport recovery = RecoveryCheck.evaluate(queries.recoveryInputs(end, target));
            out().println(JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT, JSON.Feature.WRITE_NULL_PROPERTIES)
                    .asString(document(model, chosen == null ? null : chosen.name(), recovery)));
            return 0;
        }
    }

    /** The exercise named by --lift, or null after telling the person which names come close. */
    private Exercise exercise(List<Exercise> all) {
        for (Exercise e : all) {
            if (e.name().equalsIgnoreCase(lift.strip())) {
                return e;
            }
        }
        List<String> close = CloseNames.to(lift, all.stream().map(Exercise::name).toList());
        err().println("kip: no exercise called '" + lift + "' in this journal."
                + (close.isEmpty() ? " See the Training view for the names." : " Close matches: " + String.join(", ", close) + "."));
        return null;
    }

    private static Map<String, Object> document(TrendsModel model, String liftName, RecoveryReport recovery) {
        TrendsRequest r = model.request();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("from", r.from().toString());
        doc.put("to", r.to().toString());
        doc.put("lift", liftName);
        doc.put("window", r.window());
        doc.put("sleep_left_out", model.sleepLeftOut());
        doc.put("sleep_sources", model.sleepSources());
        Map<LocalDate, Double> sleepByDate = new LinkedHashMap<>();
        for (SleepPerformancePair p : model.pairs()) {
            sleepByDate.put(p.date(), p.sleepMin());
        }
        List<Object> pairs = new ArrayList<>();
        for (SessionPerformance s : model.sessions()) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("date", s.date().toString());
            Double sleep = sleepByDate.get(s.date());
            pair.put("sleep_min", sleep == null ? null : round(sleep, 1));
            pair.put("performance_pct", round(s.pct(), 2));
            pairs.add(pair);
        }
        doc.put("pairs", pairs);
        SortedMap<Integer, Correlation> byLag = model.correlationsByLag();
        List<Object> correlation = new ArrayList<>();
        byLag.forEach((lag, c) -> correlation.add(correlation(lag, c)));
        TrendsVerdict verdict = TrendsVerdict.of(byLag, r.from(), r.to(),
                liftName == null ? "your strength" : "your " + liftName);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("kind", verdict.kind().id());
        v.put("sentence", verdict.sentence());
        v.put("caution", verdict.caution().isEmpty() ? null : verdict.caution());
        v.put("sessions", verdict.sessions());
        v.put("sessions_needed", Correlation.MIN_PAIRS);
        v.put("stand_out_lags", verdict.standOut());
        doc.put("verdict", v);
        doc.put("correlation", correlation);
        List<Object> rules = new ArrayList<>();
        for (RuleResult rule : recovery.rules()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", rule.id());
            m.put("state", rule.state().id());
            m.put("detail", rule.detail());
            m.put("missing", rule.missing().isEmpty() ? null : rule.missing());
            rules.add(m);
        }
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("state", recovery.state().id());
        check.put("headline", recovery.headline());
        check.put("suggestion", recovery.suggestion());
        check.put("rules", rules);
        doc.put("recovery", check);
        return doc;
    }

    private static Map<String, Object> correlation(int lag, Correlation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lag", lag);
        m.put("n", c.n());
        m.put("rho", c.rho() == null ? null : round(c.rho(), 3));
        m.put("ci95", c.ciLow() == null ? null : Arrays.asList(round(c.ciLow(), 3), round(c.ciHigh(), 3)));
        return m;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
