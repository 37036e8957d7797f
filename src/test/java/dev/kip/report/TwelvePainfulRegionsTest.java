package dev.kip.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kip.demo.DemoJournal;
import dev.kip.domain.BodyMark;
import dev.kip.domain.PainCharacter;
import dev.kip.domain.PainDetails;
import dev.kip.domain.PainTiming;
import dev.kip.domain.Settings.Paper;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.TrainingEffect;
import dev.kip.journal.BodyMarkStore;
import dev.kip.journal.Journal;
import dev.kip.service.JournalReportSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hard case for the layout: a demo journal's 90 days with twelve regions in pain, details and long notes on most days. */
class TwelvePainfulRegionsTest {

    static final LocalDate END = LocalDate.of(2025, 6, 30);
    static final LocalDate START = END.minusDays(89);
    static final List<String> REGIONS = List.of("BACK.LUMBAR_SPINE", "BACK.SACRUM", "FRONT.KNEE.L", "FRONT.KNEE.R",
            "BACK.KNEE.L", "FRONT.SHOULDER.R", "BACK.THORACIC_SPINE", "BACK.ACHILLES_HEEL.L", "FRONT.HIP_GROIN.R",
            "BACK.ELBOW.R", "FRONT.WRIST_HAND.L", "BACK.NECK");

    @TempDir
    Path dir;

    @Test
    void twoPagesAtMostEveryRegionShownAndNothingCut() throws IOException {
        try (Journal journal = Journal.open(dir.resolve("twelve.db"))) {
            DemoJournal.write(journal, 1, 11, END);
            List<BodyMark> marks = new ArrayList<>();
            for (int r = 0; r < REGIONS.size(); r++) {
                for (int d = r; d < 90; d += 2) {
                    LocalDate day = START.plusDays(d);
                    int level = 1 + (d * 7 + r * 3) % 9;
                    PainDetails details = new PainDetails(PainCharacter.values()[d % 5], PainTiming.values()[(d + r) % 5],
                            TrainingEffect.values()[(d + 2 * r) % 3]);
                    String note = d % 10 == 0 ? "Worse after the long drive and the heavy session the day before; eased a"
                            + " little with heat and a walk, but stairs still hurt going down, especially in the evening" : "";
                    marks.add(new BodyMark(day, REGIONS.get(r), SymptomKind.PAIN, level, note, false, details));
                }
            }
            new BodyMarkStore(journal).putAll(marks);
            ReportModel model = new ReportBuilder(new JournalReportSource(journal)).build(ReportRequest.all(START, END, "Twelve Regions")
                    .withNotes("Is it safe to keep deadlifting while the lumbar spine and both knees hurt, and what should I"
                            + " change first: the load, the volume, or how often I train?", "Ibuprofen 400 mg on bad days; heat"
                            + " pack in the evening; physio exercises daily since the last appointment"), END);
            assertThat(model.pain().orElseThrow().rows()).hasSize(12);

            for (Paper paper : Paper.values()) {
                List<PdfCanvas.Placed> placed = new ArrayList<>();
                try (PDDocument doc = new PdfReportWriter().document(model, paper, placed::add)) {
                    assertThat(doc.getNumberOfPages()).isBetween(1, PdfReportWriter.MAX_PAGES);
                    if (System.getProperty("kip.report.out") != null) {
                        doc.save(Path.of(System.getProperty("kip.report.out"), "twelve-" + paper + ".pdf").toFile());
                    }
                }
                // every region's row on page 1 (its name, or the name's first line where it wraps)
                List<String> page1 = placed.stream().filter(p -> p.page() == 1).map(PdfCanvas.Placed::text).toList();
                for (ReportModel.PainRow row : model.pain().get().rows()) {
                    assertThat(page1).as("%s on page 1 on %s", row.regionName(), paper)
                            .anySatisfy(t -> assertThat(row.regionName()).startsWith(t));
                }
                assertThat(page1).contains("My question for you: ", "Medication and other treatment: ")
                        .anySatisfy(t -> assertThat(t).startsWith("Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J (2007)"));
                assertThat(page1).noneMatch(t -> t.contains("more pain region"));
                PdfReportWriterTest.assertNothingIsCut(placed, paper);
            }
        }
    }
}
