package dev.kip.exchange;

import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.read.CsvHeader;
import dev.kip.exchange.read.Zips;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

/**
 * Tells which export a file is from its first bytes: a zip by the files it holds, XML by its
 * root, JSON by the fields of its records, a CSV by its first line or header.
 */
public final class FormatDetector {

    private static final int HEAD_BYTES = 64 * 1024;

    /** A file inside an export zip that tells the export apart (names compared in lower case); the first rule that matches wins. */
    private record ZipRule(String shown, Predicate<String> entry, ImportFormat format) {
    }

    private static final List<ZipRule> ZIP_RULES = List.of(
            new ZipRule("export.xml", n -> n.endsWith("export.xml"), ImportFormat.APPLE_HEALTH),
            new ZipRule("sleep-export.csv", n -> Zips.baseName(n).equals("sleep-export.csv"), ImportFormat.SLEEP_AS_ANDROID),
            new ZipRule("…_sleepData.json", n -> n.endsWith("_sleepdata.json"), ImportFormat.GARMIN),
            new ZipRule("sleep-YYYY-MM-DD.json", n -> Zips.baseName(n).matches("sleep-\\d{4}-\\d{2}-\\d{2}\\.json"), ImportFormat.FITBIT),
            new ZipRule("sleeps.csv", n -> Zips.baseName(n).equals("sleeps.csv"), ImportFormat.WHOOP),
            new ZipRule("com.samsung.shealth.sleep.….csv", n -> Zips.baseName(n).startsWith("com.samsung.shealth.sleep."),
                    ImportFormat.SAMSUNG_HEALTH));

    /** A JSON export is told by a field name its records carry. */
    private record JsonRule(String field, ImportFormat format) {
    }

    private static final List<JsonRule> JSON_RULES = List.of(
            new JsonRule("sleepStartTimestampGMT", ImportFormat.GARMIN),
            new JsonRule("deepSleepSeconds", ImportFormat.GARMIN),
            new JsonRule("dateOfSleep", ImportFormat.FITBIT),
            new JsonRule("bedtime_start", ImportFormat.OURA));

    /** A CSV whose first line is a title or metadata line before its header: that line, or its first field. */
    private record TitleRule(String title, ImportFormat format) {
    }

    private static final List<TitleRule> TITLE_RULES = List.of(
            new TitleRule("Sleep", ImportFormat.FITBIT),
            new TitleRule("com.samsung.shealth.sleep", ImportFormat.SAMSUNG_HEALTH),
            new TitleRule("com.samsung.health.sleep_stage", ImportFormat.SAMSUNG_HEALTH));

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
            return fromZip(file, name);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            if (text.contains("<HealthData")) {
                return ImportFormat.APPLE_HEALTH;
            }
            throw ImportException.ofFile(name, "an XML file without <HealthData>: not an Apple Health export", null);
        }
        if (start.startsWith("[") || start.startsWith("{")) {
            return fromJson(name, start);
        }
        int end = text.indexOf('\n');
        String firstLine = (end < 0 ? text : text.substring(0, end)).strip();
        for (TitleRule rule : TITLE_RULES) {
            if (firstLine.equals(rule.title()) || firstLine.startsWith(rule.title() + ",")) {
                return rule.format();
            }
        }
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
        if (h.names().size() >= 3 && h.name(0).equals("Id") && h.name(1).equals("Tz") && h.has("Hours")) {
            return ImportFormat.SLEEP_AS_ANDROID;
        }
        if (h.has("Exercise 1") && h.has("Set 1")) {
            return ImportFormat.STRONGLIFTS;
        }
        if (h.looseIndexOf("Sleep onset") >= 0 && h.looseIndexOf("Wake onset") >= 0) {
            return ImportFormat.WHOOP;
        }
        if (h.looseIndexOf("Bedtime Start") >= 0 && h.looseIndexOf("Bedtime End") >= 0) {
            return ImportFormat.OURA;
        }
        throw new ImportException(name, 1, null, "not " + known() + ": the header '" + h.shown() + "' matches none of them");
    }

    private static ImportFormat fromJson(String name, String head) throws ImportException {
        for (JsonRule rule : JSON_RULES) {
            if (head.contains("\"" + rule.field() + "\"")) {
                return rule.format();
            }
        }
        throw ImportException.ofFile(name, "a JSON file with none of the fields of the JSON exports Kip reads ("
                + JSON_RULES.stream().map(r -> r.format().displayName() + ": " + r.field()).collect(Collectors.joining(", "))
                + ")", null);
    }

    private static ImportFormat fromZip(Path file, String name) throws ImportException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> entries = zip.stream().filter(e -> !e.isDirectory())
                    .map(e -> e.getName().toLowerCase(Locale.ROOT)).toList();
            for (ZipRule rule : ZIP_RULES) {
                if (entries.stream().anyMatch(rule.entry())) {
                    return rule.format();
                }
            }
            throw ImportException.ofFile(name, "the zip file holds none of the files Kip imports ("
                    + ZIP_RULES.stream().map(r -> r.shown() + " of " + r.format().displayName()).collect(Collectors.joining(", "))
                    + ")", null);
        } catch (IOException e) {
            throw ImportException.ofFile(name, "the zip file could not be read: " + e.getMessage(), e);
        }
    }

    /** "a Strong, Hevy, … or Kip sleep export" */
    private static String known() {
        List<String> names = Arrays.stream(ImportFormat.values()).map(ImportFormat::displayName).toList();
        return "a " + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1) + " export";
    }
}
