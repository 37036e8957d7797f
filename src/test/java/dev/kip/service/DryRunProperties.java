package dev.kip.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kip.domain.SetType;
import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.Fixtures;
import dev.kip.exchange.ImportResult;
import dev.kip.exchange.Importer;
import dev.kip.exchange.JournalContent;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.ImportProgress;
import dev.kip.exchange.parse.ParsedSet;
import dev.kip.exchange.parse.ParsedWorkout;
import dev.kip.journal.Journal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * A dry run that says yes is followed by an import that says yes, with the same counts, and a dry
 * run changes nothing; a dry run that says no is followed by an import that says no. Batches come
 * from fixtures and from sets with values inside and outside every limit the journal holds.
 */
class DryRunProperties {

    private static final List<String> FIXTURES = List.of("strong-a.csv", "strong-b.csv", "strong-d.csv", "hevy.csv",
            "fitnotes-new.csv", "kip-sleep.csv", "apple-health.xml", "strong-long-workouts.csv", "fitnotes-commas.csv",
            "apple-health-phone-only.xml");

    private Path dir;
    private Path file;
    private Journal journal;
    private ImportService service;

    @BeforeProperty
    void open() throws IOException {
        dir = Files.createTempDirectory("kip-dry-run");
        file = dir.resolve("journal.db");
        journal = Journal.open(file);
        service = new ImportService(journal, Changes.direct(), Clock.fixed(Instant.parse("2024-06-01T08:00:00Z"), ZoneOffset.UTC));
    }

    @AfterProperty
    void close() throws IOException {
        journal.close();
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void whatTheDryRunAcceptsTheImportAccepts_withTheSameCounts(@ForAll("batches") ImportBatch batch) {
        String before = JournalContent.dump(file);
        ImportResult[] rehearsed = new ImportResult[1];
        Throwable refused = catchThrowable(() -> rehearsed[0] = service.dryRun(batch, ImportProgress.NONE));
        assertThat(JournalContent.dump(file)).as("a dry run changes nothing").isEqualTo(before);

        ImportResult[] written = new ImportResult[1];
        Throwable failed = catchThrowable(() -> written[0] = service.write(batch, ImportProgress.NONE));
        Statistics.label("dry run").collect(refused == null ? "accepted" : "refused");
        if (refused == null) {
            assertThat(failed).as("the dry run said yes").isNull();
            assertThat(written[0]).isEqualTo(rehearsed[0]);
        } else {
            assertThat(failed).as("the dry run said no: " + refused.getMessage()).isNotNull();
            assertThat(failed.getMessage()).isEqualTo(refused.getMessage());
            assertThat(JournalContent.dump(file)).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<ImportBatch> batches() {
        Arbitrary<ImportBatch> fromFiles = Arbitraries.of(FIXTURES).map(DryRunProperties::parsed);
        return Arbitraries.frequencyOf(Tuple.of(1, fromFiles), Tuple.of(3, synthetic()));
    }

    private static ImportBatch parsed(String name) {
        try {
            return Importer.parse(copy(name), null, MassUnit.KG, ImportProgress.NONE);
        } catch (ImportException e) {
            throw new IllegalStateException(name + " no longer parses: " + e.getMessage(), e);
        }
    }

    private static Path copy(String name) {
        try {
            Path tmp = Files.createTempFile("fixture", name.substring(name.lastIndexOf('.')));
            Files.write(tmp, Fixtures.bytes(name));
            tmp.toFile().deleteOnExit();
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Workouts whose values sit on both sides of the journal's limits (duration, weight, reps, RPE, distance, time). */
    private static Arbitrary<ImportBatch> synthetic() {
        Arbitrary<ParsedSet> set = Combinators.combine(
                        Arbitraries.of("Bench Press", "Squat (Barbell)", "Plank", "Kettlebell Swing"),
                        Arbitraries.of(SetType.values()),
                        Arbitraries.doubles().between(-5, 1010).ofScale(2).injectNull(0.3),
                        Arbitraries.integers().between(-2, 1005).injectNull(0.3),
                        Arbitraries.doubles().between(0, 11).ofScale(1).injectNull(0.6),
                        Arbitraries.doubles().between(-1, 1_000_010).ofScale(2).injectNull(0.7),
                        Arbitraries.integers().between(-1, 86_410).injectNull(0.7))
                .as((name, type, kg, reps, rpe, distance, seconds) -> new ParsedSet(name, 1, type, kg, reps, rpe, distance, seconds, 2));
        Arbitrary<ParsedWorkout> workout = Combinators.combine(
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.integers().between(-5, 1500).injectNull(0.3),
                        set.list().ofMinSize(1).ofMaxSize(4))
                .as((day, minutes, sets) -> new ParsedWorkout("strong:" + day, LocalDate.of(2024, 1, 1).plusDays(day), null, minutes,
                        "W" + day, "", numbered(sets)));
        return workout.list().ofMinSize(1).ofMaxSize(5).map(ws -> new ImportBatch(ImportFormat.STRONG, "synthetic.csv", null, ws,
                List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of()));
    }

    /** Orders from 1 per exercise, as the collector numbers them. */
    private static List<ParsedSet> numbered(List<ParsedSet> sets) {
        List<ParsedSet> out = new ArrayList<>();
        Map<String, Integer> next = new HashMap<>();
        for (ParsedSet s : sets) {
            int order = next.merge(s.exerciseName(), 1, Integer::sum);
            out.add(new ParsedSet(s.exerciseName(), order, s.type(), s.weightKg(), s.reps(), s.rpe(), s.distanceM(), s.seconds(),
                    s.line()));
        }
        return out;
    }
}
