package dev.kip.exchange;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The Apple Health import's yardstick: a bare StAX pass over the same XML (every event, each
 * record's type read, nothing kept) with the JDK's parser, Woodstox and Aalto, so a slower machine
 * is told apart from a slower Kip, and the choice of parser can be checked again.
 */
final class StaxYardstick {

    /** The parsers compared: the JDK's, Woodstox, Aalto (the one the import uses). */
    static final String[] PARSERS = {"jdk", "com.ctc.wstx.stax.WstxInputFactory", "com.fasterxml.aalto.stax.InputFactoryImpl"};

    private StaxYardstick() {
    }

    /** Seconds of wall time and of this thread's CPU for one bare pass over {@code xml} with {@code parser}. */
    static Bench.Timing pass(String parser, Path xml) throws Exception {
        XMLInputFactory f = "jdk".equals(parser) ? XMLInputFactory.newDefaultFactory()
                : (XMLInputFactory) Class.forName(parser).getDeclaredConstructor().newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        try {
            f.setProperty("http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", "0");
        } catch (IllegalArgumentException notThisParser) {
            // only the JDK's parser has (and trips) this limit
        }
        return Bench.time(() -> {
            long records = 0;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(xml), 1 << 16)) {
                XMLStreamReader r = f.createXMLStreamReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && "Record".equals(r.getLocalName())
                            && r.getAttributeValue(null, "type") != null) {
                        records++;
                    }
                }
                r.close();
            }
            return records;
        });
    }

    static String shortName(String parser) {
        return parser.contains("wstx") ? "Woodstox" : parser.contains("aalto") ? "Aalto" : "JDK";
    }
}
