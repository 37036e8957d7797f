package dev.kip.report;

import dev.kip.domain.Settings.Paper;
import dev.kip.files.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a {@link ReportModel} as a PDF of at most {@value #MAX_PAGES} pages (PDFBox 3): vector body
 * maps and charts, embedded fonts, text measured to fit its box or wrapped, never cut. Page 1 leads
 * with pain, then soreness and the functional scale; then how they sleep and train, their notes and
 * the recovery check. What does not fit is left out with a line saying so, never pushed onto a
 * third page.
 */
public final class PdfReportWriter {

    public static final int MAX_PAGES = 2;
    /** About the size of a two-page summary. */
    private static final int WRITTEN_SIZE_HINT = 96 * 1024;

    /**
     * Does the work every PDF of this JVM shares, once: parses the two faces and the body-map geometry
     * and initialises PDFBox's document class (which sets up Java2D's colour handling). A command runs
     * it on a second thread while the journal is read and the model built, so a cold report does not
     * wait for it after them; whatever fails here fails again, and is reported, where the PDF is written.
     */
    public static void prepare() {
        try {
            ReportFonts.parseBoth();
            BodyMapDrawing.parseGeometry();
            Class.forName(PDDocument.class.getName(), true, PdfReportWriter.class.getClassLoader());
        } catch (ClassNotFoundException | RuntimeException e) {
            // left to the report itself, which says what went wrong
        }
    }

    /** The document, for preview or printing; the caller closes it. */
    public PDDocument document(ReportModel model, Paper paper) throws IOException {
        return document(model, paper, PdfCanvas.TextLog.NONE);
    }

    /** The document, telling {@code log} every string placed (tests hold each against its box). */
    PDDocument document(ReportModel model, Paper paper, PdfCanvas.TextLog log) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Recovery summary " + model.header().from() + " to " + model.header().to());
            info.setCreator("Kip");
            if (!model.header().name().isBlank()) {
                info.setAuthor(model.header().name());
            }
            PageFlow flow = new PageFlow(doc, size(paper), ReportFonts.embedIn(doc), MAX_PAGES, log);
            flow.newPage();
            HeaderBlock.draw(flow, model.header());
            if (model.empty()) {
                HeaderBlock.emptyNotice(flow, model.header());
            } else {
                layOut(flow, model);
            }
            flow.finish();
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    /**
     * Page 1 leads with pain, then the body maps, soreness (shorter) and the functional scale; sleep,
     * training, the person's notes and the recovery check follow.
     */
    private static void layOut(PageFlow flow, ReportModel model) throws IOException {
        if (model.pain().isPresent()) {
            PainBlock.draw(flow, model.pain().get(), model.header());
        }
        if (model.body().isPresent()) {
            BodyBlock.draw(flow, model.body().get());
        }
        if (model.psfs().isPresent()) {
            PsfsBlock.draw(flow, model.psfs().get());
        }
        // Sleep follows on page 1 when all of it fits there; otherwise page 2 starts with it.
        boolean bodyShown = model.pain().isPresent() || model.body().isPresent() || model.psfs().isPresent();
        if (bodyShown && flow.onFirstPage() && (model.sleep().isPresent() || model.training().isPresent())
                && !flow.fitsHere(SleepBlock.HEIGHT)) {
            flow.newPageIfAllowed();
        }
        if (model.sleep().isPresent()) {
            SleepBlock.draw(flow, model.sleep().get(), model.header());
        }
        if (model.training().isPresent()) {
            TrainingBlock.draw(flow, model.training().get(), model.header());
        }
        // The person's own words before Kip's warning signs: they matter more to the physiotherapist.
        if (model.notes().isPresent()) {
            NotesBlock.draw(flow, model.notes().get());
        }
        if (model.recovery().isPresent()) {
            RecoveryBlock.draw(flow, model.recovery().get());
            SourcesBlock.draw(flow, model.recovery().get().sources());
        }
    }

    /**
     * The document as the saved PDF holds it, read back from its bytes: what the preview shows and
     * the printer prints. Before it is saved a document has no embedded fonts yet (PDFBox embeds the
     * subsets as it saves), so PDFBox would draw it with a system font of the same name, or a
     * stand-in where there is none, and would first scan every installed font (seconds, and a cache
     * file in the person's home folder).
     */
    public PDDocument written(ReportModel model, Paper paper) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(WRITTEN_SIZE_HINT);
        write(model, paper, bytes);
        return Loader.loadPDF(bytes.toByteArray());
    }

    public void write(ReportModel model, Paper paper, OutputStream out) throws IOException {
        try (PDDocument doc = document(model, paper)) {
            doc.save(out);
        }
    }

    /** Writes the PDF to {@code target} all or nothing, through {@link AtomicFiles}, into a folder that exists. */
    public void save(ReportModel model, Paper paper, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + absolute + ": " + folder + " is not an existing folder");
        }
        AtomicFiles.writeBytes(absolute, out -> write(model, paper, out));
    }

    static PDRectangle size(Paper paper) {
        return paper == Paper.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
    }
}
