package dev.kip.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class ReportFontsTest {

    private static final List<String> TEXTS = List.of("", " ", "Low efficiency", "Łukasz Zoë Ørjan", "Ωμέγα Привет",
            "12,345 kg · 88 %", "→ ≤ ≥ ▲ ▼ − – — … × ÷ ± °", "ff fi fl ffi ffl", "office affluent fluffy stiff left",
            "fff ffff fffi ffffl fifl flfi f of fi ﬁ ﬀ", "Sleep debt, last 14 nights (SD) ◐ ● ○ ⏎ ½", "a?b",
            "Back Squat 140 × 5 @ RPE 8.5", "Difficulty: Left hamstrings, stiff after the off-day");

    /** Widths from the advances kept per character are the very floats PDFBox measures, in both faces. */
    @Test
    void widthsAreWhatPdfBoxMeasures() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            ReportFonts fonts = ReportFonts.embedIn(doc);
            for (int round = 0; round < 2; round++) {
                for (String text : TEXTS) {
                    String printable = fonts.printable(text);
                    assertThat(fonts.width(false, printable)).as(text).isEqualTo(fonts.regular.getStringWidth(printable));
                    assertThat(fonts.width(true, printable)).as(text).isEqualTo(fonts.bold.getStringWidth(printable));
                }
            }
        }
    }

    /** The ligatures put in as characters draw the very glyphs PDFBox drew from the faces' substitution table. */
    @Test
    void ligaturesAsCharactersDrawWhatTheSubstitutionTableDrew() throws IOException {
        List<String> texts = new ArrayList<>(TEXTS);
        Random random = new Random(21);
        String letters = "ffffiil a.É";
        for (int i = 0; i < 300; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(9); n >= 0; n--) {
                s.append(letters.charAt(random.nextInt(letters.length())));
            }
            texts.add(s.toString());
        }
        for (String face : List.of(ReportFonts.REGULAR, ReportFonts.BOLD)) {
            List<byte[]> substituted = drawn(ReportFonts.parse(ReportFonts.bytes(face), true), texts, false);
            List<byte[]> asCharacters = drawn(ReportFonts.parse(ReportFonts.bytes(face), false), texts, true);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(asCharacters.get(i)).as(face + ": " + texts.get(i)).isEqualTo(substituted.get(i));
            }
        }
    }

    /** Each text's page content as PDFBox writes it, the text ligated first or not. */
    private static List<byte[]> drawn(TrueTypeFont font, List<String> texts, boolean ligate) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDType0Font type0 = PDType0Font.load(doc, font, true);
            for (String text : texts) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                    cs.beginText();
                    cs.setFont(type0, 10);
                    cs.showText(ligate ? ReportFonts.ligated(text) : text);
                    cs.endText();
                }
                out.add(page.getContents().readAllBytes());
            }
        }
        return out;
    }
}
