package dev.kip.exchange;

import dev.kip.domain.Settings.MassUnit;
import dev.kip.exchange.parse.ExportParser;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportProgress;
import dev.kip.exchange.parse.ParseContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/** Reading the test fixtures under src/test/resources/dev/kip/exchange, for the parser tests of every source. */
public final class Fixtures {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ParseContext context(String name, MassUnit unit) {
        return new ParseContext(name, -1, unit, BERLIN, ImportProgress.NONE);
    }

    public static ImportBatch parse(ExportParser parser, String name, MassUnit unit) throws ImportException {
        return parser.parse(new ByteArrayInputStream(bytes(name)), context(name, unit));
    }

    public static ImportBatch parse(ExportParser parser, String name) throws ImportException {
        return parse(parser, name, MassUnit.KG);
    }

    public static ImportBatch parseBytes(ExportParser parser, byte[] data) throws ImportException {
        return parser.parse(new ByteArrayInputStream(data), context("test.csv", MassUnit.KG));
    }

    public static ImportBatch parseText(ExportParser parser, String text) throws ImportException {
        return parseBytes(parser, text.getBytes(StandardCharsets.UTF_8));
    }
}
