package dev.kip.report;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Preview images and printing of a report document through PDFBox and the system's print services. */
public final class ReportPrinting {

    private ReportPrinting() {
    }

    /** True when the system has at least one printer to print to. */
    public static boolean printersInstalled() {
        return PrinterJob.lookupPrintServices().length > 0;
    }

    /**
     * Shows the system print dialog and prints the document as laid out (no rescaling); false when
     * the person cancelled. Blocks until the dialog closes: call it off the UI thread.
     */
    public static boolean print(PDDocument doc, String jobName) throws PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        job.setPageable(new PDFPageable(doc));
        if (!job.printDialog()) {
            return false;
        }
        job.print();
        return true;
    }

    /** Each page as an image at {@code dpi} (96 for a screen preview). */
    public static List<BufferedImage> pageImages(PDDocument doc, float dpi) throws IOException {
        PDFRenderer renderer = new PDFRenderer(doc);
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
        }
        return pages;
    }
}
