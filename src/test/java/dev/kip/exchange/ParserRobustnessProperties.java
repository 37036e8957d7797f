package dev.kip.exchange;

import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever bytes arrive, every parser either returns a batch or throws ImportException — nothing else. */
class ParserRobustnessProperties {

    private static final List<String> FIXTURES = List.of("strong-a.csv", "strong-b.csv", "strong-c.csv", "strong-d.csv",
            "hevy.csv", "hevy-lbs-iso.csv", "fitnotes-old.csv", "fitnotes-new.csv", "kip-sleep.csv", "apple-health.xml");
    private static final byte[] SPECIAL = {'"', ',', ';', '\t', '\n', '\r', '<', '>', '&', '/', '=', 0x0b, 0, (byte) 0xEF,
            (byte) 0xBB, (byte) 0xBF, (byte) 0xFF, '-', '.', ':', 'W', '9'};

    @Property(tries = 300)
    void randomBytes(@ForAll("anyBytes") byte[] data) {
        everyParserEitherParsesOrSaysWhy(data);
    }

    @Property(tries = 600, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void mutatedFixtures(@ForAll("mutatedFixture") byte[] data) {
        everyParserEitherParsesOrSaysWhy(data);
    }

    /**
     * Rows under a valid header, with cells drawn from what breaks parsers (quotes, delimiters, NUL,
     * no-break spaces, Latin-1 bytes, long runs): a training parser reads them or names the line.
     */
    @Property(tries = 400, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void hostileRowsAreReadOrRefusedAtTheirLine(@ForAll("hostileRows") byte[] data) {
        for (ImportFormat format : List.of(ImportFormat.STRONG, ImportFormat.HEVY, ImportFormat.FITNOTES, ImportFormat.KIP_SLEEP)) {
            byte[] file = concat(HEADERS.get(format).getBytes(java.nio.charset.StandardCharsets.UTF_8), data);
            Throwable thrown = catchThrowable(() -> Fixtures.parseBytes(Importer.parserFor(format), file));
            if (thrown != null) {
                assertThat(thrown).as(format + " threw " + thrown).isInstanceOf(ImportException.class);
                assertThat(thrown.getMessage()).as(format.toString()).matches("(?s)test\\.csv, line \\d+.*");
            }
        }
    }

    private static final java.util.Map<ImportFormat, String> HEADERS = java.util.Map.of(
            ImportFormat.STRONG, "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n",
            ImportFormat.HEVY, "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\","
                    + "\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"\n",
            ImportFormat.FITNOTES, "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment\n",
            ImportFormat.KIP_SLEEP, "date,into_bed,tried_to_sleep,sol_min,awakenings,waso_min,final_wake,out_of_bed,quality,rested,"
                    + "tib_min,tst_min,se_pct,note\n");

    @Provide
    Arbitrary<byte[]> hostileRows() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("2024-03-04 07:01:00", "2024-03-04", "7 Apr 2024, 16:34", "22:45", "Squat (Barbell)", "1", "W", "100",
                        "62,5", "5", "kg", "lbs", "km", "0:01:30", "", " ", "8.0", "-1", "1e9", "NaN", "normal", "Note", "Rest Timer"),
                Arbitraries.strings().withChars('"', ',', ';', '\t', '\n', '\r', '\0', '\u00A0', '\u00E9', '\uFFFD', 'a', '1', '.', '=',
                        '\'').ofMaxLength(12),
                Arbitraries.strings().withChars('x', '"', '\n').ofMinLength(190).ofMaxLength(260));
        Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(16).map(cells -> String.join(",", cells));
        Arbitrary<byte[]> latin1 = Arbitraries.of(new byte[] {(byte) 0xE9}, new byte[] {(byte) 0xC3, (byte) 0xA9}, new byte[0]);
        return Combinators.combine(row.list().ofMinSize(1).ofMaxSize(12), latin1)
                .as((rows, extra) -> concat(String.join("\n", rows).getBytes(java.nio.charset.StandardCharsets.UTF_8), extra));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void everyParserEitherParsesOrSaysWhy(byte[] data) {
        for (ImportFormat format : ImportFormat.values()) {
            Throwable thrown = catchThrowable(() -> Fixtures.parseBytes(Importer.parserFor(format), data));
            if (thrown != null) {
                assertThat(thrown).as(format + " threw " + thrown).isInstanceOf(ImportException.class);
                assertThatCode(thrown::getMessage).doesNotThrowAnyException();
            }
        }
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    @Provide
    Arbitrary<byte[]> mutatedFixture() {
        Arbitrary<byte[]> fixture = Arbitraries.of(FIXTURES).map(Fixtures::bytes);
        Arbitrary<List<int[]>> edits = Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        Arbitraries.integers().between(0, 255))
                .as((kind, a, b, value) -> new int[] {kind, a, b, value})
                .list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(fixture, edits).as(ParserRobustnessProperties::mutate);
    }

    /** Edits: 0 overwrite a byte, 1 insert a CSV/XML special byte, 2 delete a run, 3 duplicate a run, 4 truncate. */
    private static byte[] mutate(byte[] original, List<int[]> edits) {
        byte[] data = original;
        for (int[] e : edits) {
            if (data.length == 0) {
                break;
            }
            int at = e[1] % data.length;
            int run = 1 + e[2] % Math.max(1, Math.min(200, data.length - at));
            switch (e[0]) {
                case 0 -> {
                    data = data.clone();
                    data[at] = (byte) e[3];
                }
                case 1 -> data = splice(data, at, 0, new byte[] {SPECIAL[e[3] % SPECIAL.length]});
                case 2 -> data = splice(data, at, Math.min(run, data.length - at), new byte[0]);
                case 3 -> data = splice(data, at, 0, Arrays.copyOfRange(data, at, Math.min(data.length, at + run)));
                default -> data = Arrays.copyOf(data, at);
            }
        }
        return data;
    }

    private static byte[] splice(byte[] data, int at, int remove, byte[] insert) {
        byte[] out = new byte[data.length - remove + insert.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(data, at + remove, out, at + insert.length, data.length - at - remove);
        return out;
    }
}
