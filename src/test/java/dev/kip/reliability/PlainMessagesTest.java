package dev.kip.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.cli.Cli;
import dev.kip.domain.Night;
import dev.kip.domain.SetType;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ImportProgress;
import dev.kip.exchange.parse.ParsedSet;
import dev.kip.exchange.parse.ParsedWorkout;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalException;
import dev.kip.journal.JournalFixtures;
import dev.kip.journal.NightStore;
import dev.kip.service.Changes;
import dev.kip.service.ImportService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: messages say what is true in words, never SQLite's codes, and a mistake creates no journal. */
class PlainMessagesTest {
    private static final String STRONG_HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n";

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kip(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aFullDiskIsSaidInWordsAndNothingIsChanged() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Journal j = Journal.open(file)) {
            JournalFixtures.fill(j, LocalDate.of(2026, 3, 1), 3);
            try (Statement st = JournalFixtures.connectionOf(j).createStatement()) {
                st.execute("PRAGMA max_page_count = " + pageCount(st)); // SQLite now fails as on a full disk
            }
            NightStore nights = new NightStore(j);
            assertThatThrownBy(() -> j.transaction(() -> {
                for (int i = 0; i < 2000; i++) {
                    nights.put(night(LocalDate.of(2020, 1, 1).plusDays(i)));
                }
                return null;
            })).isInstanceOf(JournalException.class)
                    .hasMessage("The disk holding " + file.toRealPath() + " is full; nothing was changed. Free some space, then try again.");
            assertThat(nights.between(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1))).isEmpty();
        }
    }

    @Test
    void aValueTheJournalRefusesIsNamedByItsRuleNotBySqlitesCode() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Journal j = Journal.open(file)) {
            assertThatThrownBy(() -> j.transaction(() -> {
                try (Statement st = JournalFixtures.connectionOf(j).createStatement()) {
                    st.execute("INSERT INTO settings (key, value) VALUES ('x', NULL)");
                }
                return null;
            })).isInstanceOf(JournalException.class).hasMessageContaining("refused a value that breaks one of its rules")
                    .hasMessageContaining("settings.value").hasMessageNotContaining("SQLITE_");
        }
    }

    @Test
    void aRowAParserLetThroughIsNamedByItsFileAndLine() {
        // A workout of 50 hours, as Strong's export held before the parser learnt about them.
        ParsedWorkout tooLong = new ParsedWorkout("strong:1", LocalDate.of(2024, 3, 4), LocalTime.of(18, 0), 3000, "Push", "",
                List.of(new ParsedSet("Bench Press (Barbell)", 1, SetType.WORKING, 100.0, 5, null, null, null, 7)));
        ImportBatch batch = new ImportBatch(ImportFormat.STRONG, "strong.csv", null, List.of(tooLong), List.of(), List.of(),
                List.of(), List.of(), Map.of(), Map.of());
        try (Journal j = Journal.open(dir.resolve("journal.db"))) {
            assertThatThrownBy(() -> new ImportService(j, Changes.direct(), Clock.systemUTC()).write(batch, ImportProgress.NONE))
                    .isInstanceOf(JournalException.class)
                    .hasMessageStartingWith("strong.csv, line 7 (the workout of 2024-03-04, 'Push'): a value breaks one of the journal's rules")
                    .hasMessageContaining("duration_min BETWEEN 0 AND 1440").hasMessageContaining("nothing was imported")
                    .hasMessageNotContaining("SQLITE_");
        }
    }

    @Test
    void anImportOfAMistypedFileCreatesNoJournal() {
        Path journal = dir.resolve("new").resolve("journal.db");
        assertThat(kip("--journal", journal.toString(), "import", dir.resolve("strnog.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("strnog.csv");
        assertThat(dir.resolve("new")).doesNotExist();
    }

    @Test
    void aBadFileCreatesNoJournal() throws IOException {
        Path journal = dir.resolve("journal.db");
        Path csv = Files.writeString(dir.resolve("strong.csv"), STRONG_HEADER + "2024-03-04 18:00:00,Push,1h,Bench,1,abc,5,0,0,\n");
        assertThat(kip("--journal", journal.toString(), "import", csv.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("line 2");
        assertThat(journal).doesNotExist();
        assertThat(dir.resolve("journal.db.lock")).doesNotExist();
    }

    @Test
    void aDryRunCreatesNoJournal() throws IOException {
        Path journal = dir.resolve("journal.db");
        Path csv = Files.writeString(dir.resolve("strong.csv"), STRONG_HEADER + "2024-03-04 18:00:00,Push,1h,Bench Press (Barbell),1,100,5,0,0,\n");
        assertThat(kip("--journal", journal.toString(), "import", "--dry-run", csv.toString())).isZero();
        assertThat(out.toString()).contains("Bench Press", "there is no journal at " + journal + " yet; nothing was written");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("strong.csv");
        }
    }

    private static long pageCount(Statement st) throws Exception {
        try (var rs = st.executeQuery("PRAGMA page_count")) {
            return rs.getLong(1);
        }
    }

    private static Night night(LocalDate d) {
        return new Night(d, LocalTime.of(22, 30), LocalTime.of(22, 45), 10, 1, 5, LocalTime.of(6, 30), LocalTime.of(6, 45), 3, 3,
                false, "a note long enough to need new pages ".repeat(20), ZoneId.of("Europe/Berlin"));
    }
}
