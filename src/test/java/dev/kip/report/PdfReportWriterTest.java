package dev.kip.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.demo.DemoJournal;
import dev.kip.domain.Settings.Paper;
import dev.kip.insight.DurationFormat;
import dev.kip.insight.Source;
import dev.kip.journal.Journal;
import dev.kip.service.JournalReportSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The PDF of 90 days of a 3-year demo journal, read back with PDFBox. */
class PdfReportWriterTest {

    static final LocalDate END = LocalDate.of(2025, 6, 30);
    static final LocalDate START = END.minusDays(89);
    static final String NAMES = "Łukasz Zoë Ørjan";

    @TempDir
    static Path shared;
    @TempDir
    Path dir;
    static Journal journal;
    static ReportModel model;

    @BeforeAll
    static void demoJournal() {
        journal = Journal.open(shared.resolve("demo.db"));
        DemoJournal.write(journal, 3, 7, END);
        model = new ReportBuilder(new JournalReportSource(journal)).build(ReportRequest.all(START, END, NAMES), END);
    }

    @AfterAll
    static void close() {
        journal.close();
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void ninetyDaysFitOnTwoPagesOfEitherPaper(Paper paper) throws IOException {
        Path pdf = dir.resolve("r.pdf");
        new PdfReportWriter().save(model, paper, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isBetween(1, PdfReportWriter.MAX_PAGES);
            PDRectangle expected = paper == Paper.A4 ? PDRectangle.A4 : PDRectangle.LETTER;
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(expected.getWidth());
        }
    }

    @Test
    void textHoldsTheRangeNamesRegionsAndFigures() throws IOException {
        String text = text(write(model));
        assertThat(text).contains(NAMES, START.toString(), END.toString(), ReportModel.DISCLAIMER);
        ReportModel.RegionRow top = model.body().orElseThrow().rows().stream()
                .filter(r -> r.kind() == dev.kip.domain.SymptomKind.SORENESS).findFirst().orElseThrow();
        assertThat(text).contains(top.regionName(), "Days marked");
        ReportModel.SleepSection sleep = model.sleep().orElseThrow();
        assertThat(text).contains(DurationFormat.text(sleep.averages().orElseThrow().tstMin()),
                sleep.shortNights() + " of " + sleep.nightsLogged(),
                DurationFormat.text(sleep.debtMin()));
        ReportModel.TrainingSection training = model.training().orElseThrow();
        assertThat(text).contains("Training: " + training.sessions() + " sessions", "Back Squat",
                Formats.oneDecimal(training.sessionsPerWeek()));
        assertThat(text).contains("Recovery check", "Short sleep", "Strength stalled");
    }

    @Test
    void theRecoveryChecksSourcesArePrintedInFullUnderIt() throws IOException {
        String text = text(write(model)).replaceAll("\\s+", " ");
        List<Source> sources = model.recovery().orElseThrow().sources();
        assertThat(sources).contains(Source.SAW_2016, Source.WATSON_2015);
        assertThat(text).contains("Sources of the recovery check",
                "Saw AE, Main LC, Gastin PB (2016). Monitoring the athlete training response")
                .doesNotContainIgnoringCase("design notes");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(model))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
    }

    /**
     * The preview and the printer draw the fonts the PDF embeds: an unsaved document has none embedded
     * yet, so PDFBox asked its font mapper for a system font of the same name (scanning every installed
     * font first) and drew a stand-in where the machine had none. Any question to the mapper fails here.
     */
    @Test
    void thePreviewDrawsTheEmbeddedFontsAndAsksForNoSystemFont() throws IOException {
        List<String> asked = new ArrayList<>();
        FontMappers.set(new FontMapper() {
            @Override
            public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
                throw asked(baseFont);
            }

            @Override
            public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
                throw asked(baseFont);
            }

            @Override
            public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
                throw asked(baseFont);
            }

            private IllegalStateException asked(String font) {
                asked.add(font);
                return new IllegalStateException("the preview asked for a system font: " + font);
            }
        });
        try (PDDocument doc = new PdfReportWriter().written(model, Paper.A4)) {
            assertThat(ReportPrinting.pageImages(doc, 24)).hasSize(doc.getNumberOfPages());
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).as(name.getName()).isTrue();
                }
            }
        } finally {
            FontMappers.set(null); // PDFBox's own mapper again, made when next asked for
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void anEmptyRangeGivesOnePageSayingSo() throws IOException {
        ReportModel empty = new ReportBuilder(new JournalReportSource(journal))
                .build(ReportRequest.all(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 3, 31), ""), END);
        byte[] pdf = write(empty);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(text(pdf)).contains("No entries between 2030-01-01 and 2030-03-31");
    }

    @Test
    void charactersNoFontHasBecomeQuestionMarks() throws IOException {
        ReportModel odd = new ReportBuilder(new JournalReportSource(journal))
                .build(ReportRequest.all(START, END, "Zoë \uD83C\uDFCB\uFE0F 李"), END);
        assertThat(text(write(odd))).contains("Zoë ?");
    }

    @Test
    void anUnwritableFolderLeavesNoFile() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "not a folder");
        Path target = file.resolve("r.pdf");
        assertThatThrownBy(() -> new PdfReportWriter().save(model, Paper.A4, target))
                .isInstanceOf(IOException.class).hasMessageContaining("is not an existing folder");
        assertThat(Files.exists(target)).isFalse();
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void savingLeavesOnlyTheFinishedFile() throws IOException {
        Path target = dir.resolve("summary.pdf");
        Files.writeString(target, "an older file");
        new PdfReportWriter().save(model, Paper.A4, target);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        assertThat(Files.readString(target.resolveSibling("summary.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-");
    }

    /** Every string the writer placed, for the model, on A4 and Letter. */
    private static List<PdfCanvas.Placed> placed(ReportModel m, Paper paper) throws IOException {
        List<PdfCanvas.Placed> placed = new ArrayList<>();
        try (PDDocument doc = new PdfReportWriter().document(m, paper, placed::add)) {
            assertThat(doc.getNumberOfPages()).isBetween(1, PdfReportWriter.MAX_PAGES);
        }
        return placed;
    }

    /** Each string whole, inside its box and on the page, at 8 pt or more; the key figures at 10 pt or more. */
    static void assertNothingIsCut(List<PdfCanvas.Placed> placed, Paper paper) {
        PDRectangle size = PdfReportWriter.size(paper);
        assertThat(placed).isNotEmpty().allSatisfy(p -> {
            assertThat(p.fits()).as("'%s' (%.1f pt wide at x %.1f) in its box at x %.1f, %.1f wide, page %d", p.text(), p.width(),
                    p.x(), p.boxX(), p.boxWidth(), p.page()).isTrue();
            assertThat(p.text()).as("cut").doesNotContain("…");
            assertThat(p.size()).as("'%s' size", p.text()).isGreaterThanOrEqualTo(PdfCanvas.MIN_TEXT_SIZE);
            assertThat(p.x()).as("'%s' on the page", p.text()).isGreaterThanOrEqualTo(PageFlow.MARGIN - 0.5f);
            assertThat(p.x() + p.width()).as("'%s' on the page", p.text()).isLessThanOrEqualTo(size.getWidth() - PageFlow.MARGIN + 0.5f);
            assertThat(p.baseline()).as("'%s' on the page", p.text()).isBetween(PageFlow.MARGIN, size.getHeight() - PageFlow.MARGIN + 8);
        });
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void everyStringTheWriterPlacesFitsItsBox(Paper paper) throws IOException {
        List<PdfCanvas.Placed> placed = placed(model, paper);
        assertNothingIsCut(placed, paper);
        // the key figures (the sleep and training cells' values) are set at 10 pt or more
        ReportModel.SleepSection sleep = model.sleep().orElseThrow();
        PdfCanvas.Placed asleep = placed.stream().filter(p -> p.text().equals(DurationFormat.text(sleep.averages().orElseThrow().tstMin())))
                .findFirst().orElseThrow();
        assertThat(asleep.size()).isGreaterThanOrEqualTo(PdfCanvas.MIN_FIGURE_SIZE);
    }

    @Test
    void page1LeadsWithPainThenSoreness() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(model))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String page1 = stripper.getText(doc);
            int pain = page1.indexOf("Pain:");
            assertThat(pain).isPositive();
            assertThat(page1.indexOf("Soreness:")).isGreaterThan(pain);
            assertThat(page1.indexOf("Recovery summary")).isLessThan(pain);
        }
    }

    private static byte[] write(ReportModel m) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        new PdfReportWriter().write(m, Paper.A4, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
