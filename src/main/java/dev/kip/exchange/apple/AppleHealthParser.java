package dev.kip.exchange.apple;

import dev.kip.domain.BodyWeight;
import dev.kip.exchange.parse.ExportParser;
import dev.kip.exchange.parse.ImportBatch;
import dev.kip.exchange.parse.ImportCancelledException;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.ImportFormat;
import dev.kip.exchange.parse.Notice;
import dev.kip.exchange.parse.ParseContext;
import dev.kip.exchange.parse.SkipReason;
import dev.kip.exchange.read.Decimals;
import dev.kip.exchange.read.SetFields;
import com.fasterxml.aalto.stax.InputFactoryImpl;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Apple Health's {@code export.xml}, read as a stream (StAX) straight from the file or from
 * {@code export.zip}, never loaded whole. Sleep analysis records become device nights (see
 * {@link SleepNights} for the grouping and the choice of source), body mass records one body
 * weight per day (the last of the day). Other records are passed over.
 *
 * <p>A sleep record's {@code <MetadataEntry key="HKTimeZone" value="Europe/Berlin"/>} names the
 * zone it was recorded in: its times are then read in that zone (the offsets Apple writes are
 * those of the phone's zone when it exported, which need not be where the night was slept), and
 * the night keeps the named zone. A zone name the JDK does not know is passed over for the offset.
 */
public final class AppleHealthParser implements ExportParser {

    static final String SOURCE = "apple-health";
    private static final String SLEEP = "HKCategoryTypeIdentifierSleepAnalysis";
    private static final String BODY_MASS = "HKQuantityTypeIdentifierBodyMass";
    private static final String SLEEP_VALUE_PREFIX = "HKCategoryValueSleepAnalysis";
    private static final String TIME_ZONE_KEY = "HKTimeZone";
    private static final long MAX_SLEEP_RECORD_SECONDS = 24 * 3600;
    @Override
    public ImportFormat format() {
        return ImportFormat.APPLE_HEALTH;
    }

    @Override
    public ImportBatch parse(InputStream in, ParseContext ctx) throws ImportException {
        Run run = new Run(ctx);
        try {
            InputStream xml = exportXml(new BufferedInputStream(ctx.track(in), 1 << 16), ctx);
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            Reader reader = new AppleXmlReader(new InputStreamReader(xml, decoder));
            XMLStreamReader stream = factory().createXMLStreamReader(reader);
            try {
                run.read(stream);
            } finally {
                stream.close();
            }
        } catch (XMLStreamException | IOException | RuntimeException e) {
            throw run.failure(e);
        }
        return run.batch();
    }

    /** The export.xml inside a zip (entry {@code apple_health_export/export.xml} or any ending so), or the stream itself. */
    private static InputStream exportXml(BufferedInputStream in, ParseContext ctx) throws IOException, ImportException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
            return in;
        }
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (!e.isDirectory() && e.getName().endsWith("export.xml")) {
                return zip;
            }
        }
        throw ctx.error(0, null, "the zip file holds no export.xml: this is not an Apple Health export");
    }

    /**
     * Aalto's StAX parser: over the same export it needs about half the CPU time of the JDK's own
     * (and four fifths of Woodstox's; {@code src/test/bench/import-bench.sh health} prints all three
     * beside the import). No DTD (the reader cuts it out; some iOS versions write a broken one), no
     * external entities, no namespaces (Apple's export uses none).
     */
    static XMLInputFactory factory() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return f;
    }

    /** The state of one parse: the record count for messages and the aggregates. */
    private static final class Run {
        private final ParseContext ctx;
        private final SleepNights sleep = new SleepNights();
        private final Map<LocalDate, double[]> weights = new TreeMap<>(); // day → {epoch second, kg}
        private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        private final AppleTime time = new AppleTime();
        /** Zones by the names records give (one or a few per export); null for a name the JDK does not know. */
        private final Map<String, ZoneId> zones = new HashMap<>();
        private long record;
        private XMLStreamReader stream;

        Run(ParseContext ctx) {
            this.ctx = ctx;
        }

        void read(XMLStreamReader r) throws XMLStreamException, ImportException {
            stream = r;
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Record".equals(r.getLocalName())) {
                    record++;
                    String type = r.getAttributeValue(null, "type");
                    if (SLEEP.equals(type)) {
                        sleepRecord(r);
                    } else if (BODY_MASS.equals(type)) {
                        bodyMassRecord(r);
                    }
                }
            }
        }

        private void sleepRecord(XMLStreamReader r) throws ImportException, XMLStreamException {
            String value = attribute(r, "value");
            SleepNights.Category category = category(value);
            if (category == null) {
                return; // a sleep value newer than this parser: not a reason to refuse the file
            }
            long start = epoch(r, "startDate");
            int startOffset = time.offsetSeconds();
            long end = epoch(r, "endDate");
            int endOffset = time.offsetSeconds();
            if (end < start) {
                throw ImportException.atRecord(ctx.fileName(), record, "endDate", "'" + r.getAttributeValue(null, "endDate")
                        + "' is before startDate '" + r.getAttributeValue(null, "startDate") + "'");
            }
            if (end - start > MAX_SLEEP_RECORD_SECONDS) {
                // A phone left recording for days (78 h seen) says nothing about any one night: not clamped, counted.
                skipped.merge(SkipReason.SLEEP_RECORD_OVER_A_DAY, 1, Integer::sum);
                return;
            }
            String source = attribute(r, "sourceName");
            ZoneId zone = namedZone(r);
            if (zone != null) {
                startOffset = zone.getRules().getOffset(Instant.ofEpochSecond(start)).getTotalSeconds();
                endOffset = zone.getRules().getOffset(Instant.ofEpochSecond(end)).getTotalSeconds();
            }
            sleep.add(source, category, start, startOffset, end, endOffset, zone);
        }

        /** Reads the record's content up to its end tag: the zone its {@code HKTimeZone} metadata names, or null. */
        private ZoneId namedZone(XMLStreamReader r) throws XMLStreamException {
            ZoneId zone = null;
            for (int event = r.next(); event != XMLStreamConstants.END_ELEMENT || !"Record".equals(r.getLocalName());
                 event = r.next()) {
                if (event == XMLStreamConstants.START_ELEMENT && "MetadataEntry".equals(r.getLocalName())
                        && TIME_ZONE_KEY.equals(r.getAttributeValue(null, "key"))) {
                    zone = zone(r.getAttributeValue(null, "value"));
                }
            }
            return zone;
        }

        private ZoneId zone(String name) {
            if (name == null) {
                return null;
            }
            ZoneId zone = zones.get(name);
            if (zone == null && !zones.containsKey(name)) {
                try {
                    zone = ZoneId.of(name);
                } catch (DateTimeException e) {
                    zone = null; // an unknown name says nothing the offset does not
                }
                zones.put(name, zone);
            }
            return zone;
        }

        private void bodyMassRecord(XMLStreamReader r) throws ImportException {
            String text = attribute(r, "value");
            double value = Decimals.parse(text, false);
            String unit = attribute(r, "unit");
            double factor = switch (unit) {
                case "kg" -> 1;
                case "lb", "lbs" -> SetFields.KG_PER_LB;
                case "g" -> 0.001;
                default -> throw ImportException.atRecord(ctx.fileName(), record, "unit", "'" + unit + "' is not kg, lb or g");
            };
            if (Double.isNaN(value)) {
                throw ImportException.atRecord(ctx.fileName(), record, "value", "'" + text + "' is not a number");
            }
            long at = epoch(r, "startDate");
            double kg = Decimals.round2(value * factor);
            if (kg < 20 || kg > 400) {
                skipped.merge(SkipReason.BODY_WEIGHT_OUT_OF_RANGE, 1, Integer::sum);
                return;
            }
            LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(at + time.offsetSeconds(), 86_400));
            double[] kept = weights.get(day);
            if (kept == null || at >= kept[0]) {
                weights.put(day, new double[] {at, kg});
            }
        }

        private static SleepNights.Category category(String value) {
            if (!value.startsWith(SLEEP_VALUE_PREFIX)) {
                return null;
            }
            return switch (value.substring(SLEEP_VALUE_PREFIX.length())) {
                case "InBed" -> SleepNights.Category.IN_BED;
                case "Awake" -> SleepNights.Category.AWAKE;
                case "Asleep", "AsleepUnspecified" -> SleepNights.Category.UNSPECIFIED;
                case "AsleepCore" -> SleepNights.Category.CORE;
                case "AsleepDeep" -> SleepNights.Category.DEEP;
                case "AsleepREM" -> SleepNights.Category.REM;
                default -> null;
            };
        }

        private String attribute(XMLStreamReader r, String name) throws ImportException {
            String v = r.getAttributeValue(null, name);
            if (v == null) {
                throw ImportException.atRecord(ctx.fileName(), record, name, "the attribute is missing");
            }
            return v;
        }

        private long epoch(XMLStreamReader r, String name) throws ImportException {
            String text = attribute(r, name);
            if (!time.parse(text)) {
                throw ImportException.atRecord(ctx.fileName(), record, name,
                        "'" + text + "' is not a time like 2024-03-04 07:01:12 +0100");
            }
            return time.epochSecond();
        }

        ImportException failure(Exception e) {
            if (e instanceof ImportException ie) {
                return ie;
            }
            ImportException mapped = ctx.readFailure(0, e);
            if (mapped instanceof ImportCancelledException) {
                return mapped;
            }
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof AppleXmlReader.NotHealthDataException) {
                    return ImportException.ofFile(ctx.fileName(), c.getMessage(), e);
                }
                if (c instanceof AppleXmlReader.TooLongException tooLong) {
                    return new ImportException(ctx.fileName(), "line", tooLong.line(), null, c.getMessage(), e);
                }
            }
            String where = "";
            if (e instanceof XMLStreamException xe && xe.getLocation() != null) {
                where = " near line " + xe.getLocation().getLineNumber() + ", column " + xe.getLocation().getColumnNumber();
            }
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int cut = why.indexOf("Message: ");
            why = cut >= 0 ? why.substring(cut + "Message: ".length()) : why;
            String message = (e instanceof IOException ? "the file could not be read" : "the XML is broken" + where) + ": " + why;
            return new ImportException(ctx.fileName(), "record", record, null, message, e);
        }

        ImportBatch batch() {
            var deviceNights = sleep.deviceNights();
            if (sleep.nightsFromOtherSources() > 0) {
                skipped.put(SkipReason.SLEEP_OTHER_SOURCE, sleep.nightsFromOtherSources());
            }
            Map<Notice, Integer> notices = new EnumMap<>(Notice.class);
            if (sleep.nightsAsleepUnknown() > 0) {
                notices.put(Notice.ASLEEP_UNKNOWN, sleep.nightsAsleepUnknown());
            }
            List<BodyWeight> bodyWeights = new ArrayList<>(weights.size());
            weights.forEach((day, v) -> bodyWeights.add(new BodyWeight(day, v[1], SOURCE)));
            return new ImportBatch(ImportFormat.APPLE_HEALTH, ctx.fileName(), null, List.of(), deviceNights, bodyWeights,
                    List.of(), List.of(), skipped, notices);
        }
    }
}
