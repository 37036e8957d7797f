package dev.kip.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class ReportFontsTest {

    /** Widths from the advances kept per character are the very floats PDFBox measures, in both faces. */
    @Test
    void widthsAreWhatPdfBoxMeasures() throws IOException {
        List<String> texts = List.of("", " ", "Low efficiency", "Łukasz Zoë Ørjan", "Ωμέγα Привет", "12,345 kg · 88 %",
                "→ ≤ ≥ ▲ ▼ − – — … × ÷ ± °", "ff fi fl ffi ffl", "Sleep debt, last 14 nights (SD) ◐ ● ○ ⏎ ½",
                "a?b", "Back Squat 140 × 5 @ RPE 8.5");
        try (PDDocument doc = new PDDocument()) {
            ReportFonts fonts = ReportFonts.embedIn(doc);
            for (int round = 0; round < 2; round++) {
                for (String text : texts) {
                    String printable = fonts.printable(text);
                    assertThat(fonts.width(false, printable)).as(text).isEqualTo(fonts.regular.getStringWidth(printable));
                    assertThat(fonts.width(true, printable)).as(text).isEqualTo(fonts.bold.getStringWidth(printable));
                }
            }
        }
    }
}
