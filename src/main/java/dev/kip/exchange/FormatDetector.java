package dev.kip.exchange;

import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.read.CsvHeader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** Tells which export a file is from its first bytes: a zip or XML is Apple Health, a CSV is told by its header. */
public final class FormatDetector {

    private static final int HEAD_BYTES = 64 * 1024;

    private FormatDetector() {
    }

    public static ImportFormat detect(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw ImportException.ofFile(name, "the file could not be read: " + e.getMessage(), e);
        }
        if (head.length == 0) {
            throw ImportException.ofFile(name, "the file is empty", null);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zipWithExportXml(file, name);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.stripLeading().startsWith("<")) {
            if (text.contains("<HealthData")) {
                return ImportFormat.APPLE_HEALTH;
            }
            throw ImportException.ofFile(name, "an XML file without <HealthData>: not an Apple Health export", null);
        }
        int end = text.indexOf('\n');
        String firstLine = (end < 0 ? text : text.substring(0, end)).strip();
        return fromHeader(name, CsvHeader.parse(firstLine));
    }

    static ImportFormat fromHeader(String name, CsvHeader h) throws ImportException {
        if (h.names().size() >= 3 && h.name(0).equalsIgnoreCase("date") && h.name(1).equalsIgnoreCase("into_bed")
                && h.name(2).equalsIgnoreCase("tried_to_sleep")) {
            return ImportFormat.KIP_SLEEP;
        }
        if (h.has("exercise_title") && h.has("set_index")) {
            return ImportFormat.HEVY;
        }
        if (h.has("Exercise Name") && h.has("Set Order")) {
            return ImportFormat.STRONG;
        }
        if (h.has("Exercise") && h.has("Category") && h.has("Reps")) {
            return ImportFormat.FITNOTES;
        }
        throw new ImportException(name, 1, null, "not a Strong, Hevy, FitNotes, Apple Health or Kip sleep export: the header '"
                + h.shown() + "' matches none of them");
    }

    private static ImportFormat zipWithExportXml(Path file, String name) throws ImportException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean found = zip.stream().anyMatch(e -> !e.isDirectory() && e.getName().endsWith("export.xml"));
            if (found) {
                return ImportFormat.APPLE_HEALTH;
            }
            throw ImportException.ofFile(name, "the zip file holds no export.xml: not an Apple Health export", null);
        } catch (IOException e) {
            throw ImportException.ofFile(name, "the zip file could not be read: " + e.getMessage(), e);
        }
    }
}
