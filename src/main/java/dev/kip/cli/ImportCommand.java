package dev.kip.cli;

import dev.kip.domain.Settings;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.ImportPreview;
import dev.kip.exchange.ImportResult;
import dev.kip.exchange.Importer;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ImportProgress;
import dev.kip.files.AtomicFiles;
import dev.kip.service.ImportService;
import dev.kip.service.JournalSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code kip import [--format F] [--unit kg|lb] [--dry-run] FILE}: prints the preview, then (unless
 * a dry run) imports the file in one transaction. A bad file exits 1 with the importer's message
 * (file, line, column); an unknown format or unit is a usage error (exit 2).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a Strong, Hevy or FitNotes CSV, an Apple Health export (export.zip or export.xml), a Kip "
                + "sleep CSV or a sleep tracker's export (see --format). Prints what will be added, matched, created and "
                + "skipped, then imports it all or nothing.")
final class ImportCommand extends JournalCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default: recognised from the file).")
    private ImportFormat format;

    @Option(names = "--unit", paramLabel = "kg|lb", converter = UnitConverter.class,
            description = "The unit of weights in files that do not say (default: the unit in settings).")
    private MassUnit unit;

    @Option(names = "--dry-run", description = "Print the preview only; the journal is not changed.")
    private boolean dryRun;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    private Path file;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(journalPath())) {
            try (JournalSession journal = openJournal()) {
                MassUnit assumed = unit != null ? unit : journal.settings().current().massUnit();
                return importInto(journal, Importer.parse(file, format, assumed, ImportProgress.NONE));
            }
        }
        // No journal yet: only an import that is written creates one, so a mistyped path, a bad file or
        // a dry run leaves nothing behind. The file is read first; a dry run previews against a new,
        // empty journal in a private temporary folder, removed afterwards.
        ImportBatch batch = Importer.parse(file, format, unit != null ? unit : Settings.DEFAULTS.massUnit(), ImportProgress.NONE);
        if (!dryRun) {
            try (JournalSession journal = openJournal()) {
                return importInto(journal, batch);
            }
        }
        Path scratch = AtomicFiles.createTempFolder(Path.of(System.getProperty("java.io.tmpdir"), "kip-dry-run"));
        try (JournalSession empty = JournalSession.open(scratch.resolve("journal.db"), spec.qualifiedName())) {
            empty.imports().preview(batch).describe().forEach(out()::println);
        } finally {
            AtomicFiles.deleteTree(scratch);
        }
        out().println("Dry run: there is no journal at " + journalPath() + " yet; nothing was written.");
        return 0;
    }

    private int importInto(JournalSession journal, ImportBatch batch) throws Exception {
        ImportService service = journal.imports();
        ImportPreview preview = service.preview(batch);
        preview.describe().forEach(out()::println);
        if (dryRun) {
            out().println("Dry run: nothing was written to " + journal.file() + ".");
            return 0;
        }
        ImportResult result = service.write(batch, ImportProgress.NONE);
        out().println(result.describe());
        return 0;
    }

    static final class FormatConverter implements ITypeConverter<ImportFormat> {
        @Override
        public ImportFormat convert(String value) {
            try {
                return ImportFormat.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The --format names, listed in the help from the formats themselves. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ImportFormat.values()).map(ImportFormat::cliName).iterator();
        }
    }

    static final class UnitConverter implements ITypeConverter<MassUnit> {
        @Override
        public MassUnit convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "kg" -> MassUnit.KG;
                case "lb", "lbs" -> MassUnit.LB;
                default -> throw new TypeConversionException("unknown unit '" + value + "' (expected kg or lb)");
            };
        }
    }
}
