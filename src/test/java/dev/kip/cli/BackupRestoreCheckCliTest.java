package dev.kip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.journal.Backups;
import dev.kip.journal.Journal;
import dev.kip.journal.JournalFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreCheckCliTest {
    @TempDir
    Path dir;
    Path journal;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void journalWithSomeDays() {
        journal = dir.resolve("journal.db");
        try (Journal j = Journal.open(journal)) {
            JournalFixtures.fill(j, LocalDate.of(2026, 3, 2), 10);
        }
    }

    private int kip(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--journal";
        all[1] = journal.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    }

    @Test
    void backupPrintsTheBackupsPathInTheBackupsFolder() throws Exception {
        assertThat(kip("backup")).isZero();
        Path printed = Path.of(out.toString().strip());
        assertThat(printed.getParent()).isEqualTo(Backups.folderOf(journal));
        assertThat(printed.getFileName().toString()).matches("journal-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.db");
        assertThat(JournalFixtures.dump(printed)).isEqualTo(JournalFixtures.dump(journal));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void backupOutWritesThatFileAndNeverOverwrites() throws Exception {
        Path target = dir.resolve("copies/mine.db");
        assertThat(kip("backup", "--out", target.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo(target.toString());
        assertThat(JournalFixtures.dump(target)).isEqualTo(JournalFixtures.dump(journal));
        byte[] first = Files.readAllBytes(target);
        assertThat(kip("backup", "--out", target.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already exists");
        assertThat(Files.readAllBytes(target)).isEqualTo(first);
    }

    @Test
    void backupOfAMissingJournalFails() {
        journal = dir.resolve("nothing-here.db");
        assertThat(kip("backup")).isEqualTo(1);
        assertThat(err.toString()).contains("There is no journal at");
        assertThat(journal).doesNotExist();
    }

    @Test
    void restoreReplacesTheJournalAndSaysWhereTheOldOneIs() throws Exception {
        assertThat(kip("backup")).isZero();
        Path backup = Path.of(out.toString().strip());
        var atBackup = JournalFixtures.dump(journal);
        try (Journal j = Journal.open(journal)) {
            JournalFixtures.fill(j, LocalDate.of(2026, 4, 1), 3);
        }
        assertThat(kip("restore", backup.toString())).isZero();
        assertThat(out.toString()).contains("Restored " + journal + " from " + backup).contains("before-restore");
        assertThat(JournalFixtures.dump(journal)).isEqualTo(atBackup);
    }

    @Test
    void restoreOfABadFileFailsWithAMessageAndChangesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.db"), "not a backup");
        byte[] before = Files.readAllBytes(journal);
        assertThat(kip("restore", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("kip: ").contains("bad.db is not a Kip backup").contains("the journal was not changed")
                .doesNotContain("Exception");
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    void restoreWithoutAFileIsAUsageError() {
        assertThat(kip("restore")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void checkPassesASoundJournal() {
        assertThat(kip("check")).isZero();
        assertThat(out.toString()).contains("is sound");
    }

    @Test
    void checkFindsImpossibleNightsDatesAndRegions() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal); Statement st = c.createStatement()) {
            // Tried to sleep an hour before going to bed: 22:00 comes 23 h after 23:00 on the clock.
            st.execute("INSERT INTO nights (date, into_bed, tried_to_sleep, sol_min, awakenings, waso_min, final_wake, out_of_bed, "
                    + "quality, rested) VALUES ('2026-05-01', '23:00', '22:00', 10, 0, 0, '06:30', '06:45', 3, 3)");
            // 23:15 → 06:15 is 420 min, but SOL 300 + WASO 200 = 500 min awake.
            st.execute("INSERT INTO nights (date, into_bed, tried_to_sleep, sol_min, awakenings, waso_min, final_wake, out_of_bed, "
                    + "quality, rested) VALUES ('2026-05-02', '23:00', '23:15', 300, 4, 200, '06:15', '06:30', 1, 1)");
            st.execute("INSERT INTO nights (date, into_bed, tried_to_sleep, sol_min, awakenings, waso_min, final_wake, out_of_bed, "
                    + "quality, rested) VALUES ('2026-05-03', '23:00', '23:15', 10, 0, 0, '25:10', '07:00', 3, 3)");
            st.execute("INSERT INTO body_marks (date, region_id, kind, level) VALUES ('2026-02-30', 'FRONT.TAIL', 'PAIN', 3)");
        }
        assertThat(kip("check")).isEqualTo(1);
        assertThat(err.toString()).contains("has 5 problem(s)")
                .contains("the night of 2026-05-01 has its times out of order (into bed 23:00, tried to sleep 22:00")
                .contains("the night of 2026-05-02 has more minutes awake (SOL + WASO = 500) than the 420")
                .contains("the night of 2026-05-03 has final_wake '25:10', which is not a clock time")
                .contains("body_marks has a row dated '2026-02-30', which is not a calendar date")
                .contains("1 body mark(s) use the unknown body region 'FRONT.TAIL'");
    }
}
