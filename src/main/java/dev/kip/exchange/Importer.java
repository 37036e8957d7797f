package dev.kip.exchange;

import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.apple.AppleHealthParser;
import dev.kip.exchange.fitbit.FitbitParser;
import dev.kip.exchange.fitnotes.FitNotesParser;
import dev.kip.exchange.garmin.GarminParser;
import dev.kip.exchange.hevy.HevyParser;
import dev.kip.exchange.kipsleep.KipSleepParser;
import dev.kip.exchange.parse.ExportParser;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ImportProgress;
import dev.kip.exchange.oura.OuraParser;
import dev.kip.exchange.parse.ParseContext;
import dev.kip.exchange.samsung.SamsungHealthParser;
import dev.kip.exchange.sleepasandroid.SleepAsAndroidParser;
import dev.kip.exchange.strong.StrongParser;
import dev.kip.exchange.stronglifts.StrongLiftsParser;
import dev.kip.exchange.whoop.WhoopParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/** The one entry point for reading an export file: picks (or detects) the parser and runs it. */
public final class Importer {

    private Importer() {
    }

    public static ExportParser parserFor(ImportFormat format) {
        return switch (format) {
            case STRONG -> new StrongParser();
            case HEVY -> new HevyParser();
            case FITNOTES -> new FitNotesParser();
            case APPLE_HEALTH -> new AppleHealthParser();
            case KIP_SLEEP -> new KipSleepParser();
            case SLEEP_AS_ANDROID -> new SleepAsAndroidParser();
            case GARMIN -> new GarminParser();
            case FITBIT -> new FitbitParser();
            case WHOOP -> new WhoopParser();
            case OURA -> new OuraParser();
            case SAMSUNG_HEALTH -> new SamsungHealthParser();
            case STRONGLIFTS -> new StrongLiftsParser();
        };
    }

    /**
     * Parses {@code file} as {@code format}, or as what {@link FormatDetector} finds when
     * {@code format} is null. {@code assumedUnit} applies to files that do not say their unit.
     */
    public static ImportBatch parse(Path file, ImportFormat format, MassUnit assumedUnit, ImportProgress progress)
            throws ImportException {
        ImportFormat chosen = format != null ? format : FormatDetector.detect(file);
        String name = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            ParseContext ctx = new ParseContext(name, Files.size(file), assumedUnit, ZoneId.systemDefault(), progress);
            return parserFor(chosen).parse(in, ctx);
        } catch (IOException e) {
            throw ImportException.ofFile(name, "the file could not be read: " + e.getMessage(), e);
        }
    }
}
