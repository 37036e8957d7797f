package dev.kip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.kip.journal.Journal;
import dev.kip.journal.TrendsFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendsCommandTest {
    static final LocalDate END = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Path journal;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void write() {
        journal = dir.resolve("t.db");
        try (Journal j = Journal.open(journal)) {
            TrendsFixture.write(j, END, 140);
        }
    }

    int run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "trends";
        all[1] = "--journal";
        all[2] = journal.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json() throws Exception {
        return JSON.std.mapFrom(out.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void strengthIndexOverTwelveWeeks() throws Exception {
        assertThat(run("--from", "2026-09-01", "--to", "2026-11-23", "--json")).as(err.toString()).isZero();
        Map<String, Object> doc = json();
        assertThat(doc).containsKeys("from", "to", "lift", "window", "pairs", "verdict", "correlation", "recovery");
        assertThat(doc.get("from")).isEqualTo("2026-09-01");
        assertThat(doc.get("to")).isEqualTo("2026-11-23");
        assertThat(doc.get("lift")).isNull();
        assertThat(doc.get("window")).isEqualTo(1);
        assertThat(doc.get("sleep_sources")).as("every night of the 84 from the diary").isEqualTo(Map.of("diary", 84));
        // Sessions every other day ending on the 23rd: 1 Sep … 23 Nov is 84 days → 42 sessions, all with a night before.
        List<Map<String, Object>> pairs = (List<Map<String, Object>>) doc.get("pairs");
        assertThat(pairs).hasSize(42);
        assertThat(pairs.get(41)).containsEntry("date", "2026-11-23").containsKeys("sleep_min", "performance_pct");
        // Night keyed 23 Nov: 0 days back → 0 min short → 8 h from 23:00 to 07:00 = 480 min.
        assertThat(((Number) pairs.get(41).get("sleep_min")).doubleValue()).isEqualTo(480.0);
        List<Map<String, Object>> correlation = (List<Map<String, Object>>) doc.get("correlation");
        assertThat(correlation).extracting(c -> c.get("lag")).containsExactly(0, 1, 2, 3);
        Map<String, Object> lag0 = correlation.get(0);
        assertThat(lag0.get("n")).isEqualTo(42);
        // The weight on the bar follows the night before: a strong positive association at lag 0.
        double rho = ((Number) lag0.get("rho")).doubleValue();
        List<Number> ci = (List<Number>) lag0.get("ci95");
        assertThat(rho).isGreaterThan(0.5);
        assertThat(ci).hasSize(2);
        assertThat(ci.get(0).doubleValue()).isLessThanOrEqualTo(rho);
        assertThat(ci.get(1).doubleValue()).isGreaterThanOrEqualTo(rho);
        Map<String, Object> verdict = (Map<String, Object>) doc.get("verdict");
        // Sleep drives the weight on the bar in the fixture: the interval of the night before lies above zero.
        assertThat(verdict).containsEntry("kind", "longer-sleep-stronger").containsEntry("sessions", 42)
                .containsEntry("sessions_needed", 14);
        assertThat((String) verdict.get("sentence")).startsWith("Sessions after longer sleep tended to be stronger in these"
                + " 12 weeks (42 sessions;");
        assertThat((List<Integer>) verdict.get("stand_out_lags")).contains(0);
        assertThat((String) verdict.get("caution")).startsWith("Four nights are compared");
        Map<String, Object> recovery = (Map<String, Object>) doc.get("recovery");
        assertThat(recovery).containsKeys("state", "headline", "suggestion");
        List<Map<String, Object>> rules = (List<Map<String, Object>>) recovery.get("rules");
        assertThat(rules).extracting(r -> r.get("rule")).containsExactly("strength-stalled", "workouts-harder",
                "soreness-lasting", "short-sleep", "irregular-wake", "unrested", "caffeine-reliance");
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.get("state")).isIn("ok", "watch", "act", "not-enough-data");
            assertThat((String) r.get("detail")).isNotBlank();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmptyJournalHasNotEnoughDataAndSaysWhatIsMissing() throws Exception {
        Path empty = dir.resolve("empty.db");
        Journal.open(empty).close();
        assertThat(Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("trends", "--journal", empty.toString(), "--to", "2026-11-23", "--json")).isZero();
        Map<String, Object> recovery = (Map<String, Object>) json().get("recovery");
        assertThat(recovery).containsEntry("state", "not-enough-data");
        assertThat((String) recovery.get("suggestion")).doesNotContain("train as planned");
        List<Map<String, Object>> rules = (List<Map<String, Object>>) recovery.get("rules");
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.get("state")).isEqualTo("not-enough-data");
            assertThat((String) r.get("missing")).startsWith("needs ");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void belowFourteenPairsTheNumbersAreNull() throws Exception {
        assertThat(run("--from", "2026-11-01", "--to", "2026-11-23", "--lift", "back squat", "--window", "3", "--json"))
                .isZero();
        Map<String, Object> doc = json();
        assertThat(doc.get("lift")).isEqualTo("Back Squat");
        assertThat(doc.get("window")).isEqualTo(3);
        Map<String, Object> lag0 = ((List<Map<String, Object>>) doc.get("correlation")).get(0);
        assertThat(lag0.get("n")).isEqualTo(12);
        assertThat(lag0).containsEntry("rho", null).containsEntry("ci95", null);
        Map<String, Object> verdict = (Map<String, Object>) doc.get("verdict");
        assertThat(verdict).containsEntry("kind", "not-enough-sessions");
        assertThat((String) verdict.get("sentence")).startsWith("Not enough sessions yet: 12 of the 14 needed to compare"
                + " your sleep with your Back Squat");
    }

    @Test
    void unknownLiftNamesItAndListsCloseMatches() {
        assertThat(run("--lift", "Sqat", "--json")).isEqualTo(1);
        assertThat(err.toString()).startsWith("kip: no exercise called 'Sqat'").contains("Close matches:", "Back Squat");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badDatesAndWindowsAreUsageErrors() {
        assertThat(run("--from", "2026-13-01", "--json")).isEqualTo(2);
        assertThat(err.toString()).contains("--from").contains("2026-13-01");
        err.getBuffer().setLength(0);
        assertThat(run("--from", "2026-11-23", "--to", "2026-11-01", "--json")).isEqualTo(2);
        assertThat(err.toString()).contains("--from 2026-11-23 is after --to 2026-11-01");
        err.getBuffer().setLength(0);
        assertThat(run("--window", "2", "--json")).isEqualTo(2);
        assertThat(err.toString()).contains("--window must be 1 or 3");
        err.getBuffer().setLength(0);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("--json");
    }
}
