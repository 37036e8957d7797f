package dev.kip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.demo.DemoJournal;
import dev.kip.journal.Journal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    static final LocalDate END = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;
    Path journal;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void demo() {
        journal = dir.resolve("j.db");
        try (Journal j = Journal.open(journal)) {
            DemoJournal.write(j, 1, 3, END);
        }
    }

    int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void writesThePdf() throws Exception {
        Path pdf = dir.resolve("out").resolve("summary.pdf");
        Files.createDirectories(pdf.getParent());
        int code = run("report", "--journal", journal.toString(), "--from", "2025-04-02", "--to", "2025-06-30",
                "--out", pdf.toString(), "--paper", "letter", "--name", "Ørjan");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote the summary of 2025-04-02 to 2025-06-30");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isBetween(1, 2);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            assertThat(new PDFTextStripper().getText(doc)).contains("Ørjan", "2025-04-02", "2025-06-30");
        }
        try (Stream<Path> files = Files.list(pdf.getParent())) {
            assertThat(files).containsExactly(pdf);
        }
    }

    @Test
    void sinceTheLastAppointmentStartsAtTheLastOneBeforeTheLastDay() throws Exception {
        journal = dir.resolve("mine.db");
        try (Journal j = Journal.open(journal)) {
            DemoJournal.write(j, 1, 1, LocalDate.of(2025, 3, 1)); // its appointments are all before April
        }
        assertThat(run("appointment", "add", "--journal", journal.toString(), "--date", "2025-05-12", "--note", "first visit")).isZero();
        assertThat(run("appointment", "add", "--journal", journal.toString(), "--date", "2025-06-30")).isZero();
        assertThat(run("appointment", "list", "--journal", journal.toString())).isZero();
        assertThat(out.toString()).contains("Recorded the appointment on 2025-05-12 (first visit).", "2025-05-12\tfirst visit", "2025-06-30");

        Path pdf = dir.resolve("since.pdf");
        int code = run("report", "--journal", journal.toString(), "--since-appointment", "--to", "2025-06-30", "--out", pdf.toString(),
                "--question", "Can I run again?");
        assertThat(code).as(err.toString()).isZero();
        // the appointment on the last day is the one this summary is for: the range starts at the one before
        assertThat(out.toString()).contains("Wrote the summary of 2025-05-12 to 2025-06-30");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("My question for you: Can I run again?");
        }
    }

    @Test
    void sinceAnAppointmentWithNoneRecordedFailsWithAMessage() {
        Path pdf = dir.resolve("none.pdf");
        Path empty = dir.resolve("empty.db");
        Journal.open(empty).close();
        assertThat(run("report", "--journal", empty.toString(), "--since-appointment", "--to", "2025-06-30",
                "--out", pdf.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no appointment before 2025-06-30 is recorded").contains("--from");
        assertThat(Files.exists(pdf)).isFalse();
        assertThat(run("report", "--journal", journal.toString(), "--out", pdf.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("give either --from D or --since-appointment");
    }

    @Test
    void fromAfterToFailsWithAMessage() {
        Path pdf = dir.resolve("x.pdf");
        assertThat(run("report", "--journal", journal.toString(), "--from", "2025-06-30", "--to", "2025-06-01",
                "--out", pdf.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("kip: --from 2025-06-30 is after --to 2025-06-01");
        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void aMissingFolderFailsWithNoFile() {
        Path pdf = dir.resolve("no-such-folder").resolve("x.pdf");
        assertThat(run("report", "--journal", journal.toString(), "--from", "2025-06-01", "--to", "2025-06-30",
                "--out", pdf.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is not an existing folder").doesNotContain("\tat ");
        assertThat(Files.exists(pdf.getParent())).isFalse();
    }

    @Test
    void aFileAsTheFolderFailsWithNoPartialFile() throws Exception {
        // Under a regular file nothing can be written, even as root (permission bits would not stop root).
        Path file = Files.writeString(dir.resolve("plain"), "x");
        Path pdf = file.resolve("x.pdf");
        assertThat(run("report", "--journal", journal.toString(), "--from", "2025-06-01", "--to", "2025-06-30",
                "--out", pdf.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("kip: cannot write");
        assertThat(Files.exists(pdf)).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aBadPaperIsAUsageError() {
        assertThat(run("report", "--journal", journal.toString(), "--from", "2025-06-01", "--to", "2025-06-30",
                "--out", dir.resolve("x.pdf").toString(), "--paper", "a5")).isEqualTo(2);
        assertThat(err.toString()).contains("--paper must be a4 or letter");
    }
}
