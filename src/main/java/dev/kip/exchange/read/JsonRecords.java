package dev.kip.exchange.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.kip.exchange.parse.ImportException;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The objects of a JSON export's array, read as a stream (Jackson's streaming parser), one at a
 * time: the vendors' sleep files are an array of nights at the top, or under a key of the top
 * object ({@code {"sleep": […]}}). Each object is flattened to its scalar values by dotted path
 * ({@code levels.summary.deep.minutes}); arrays inside it (minute-by-minute data) are skipped
 * unread, so memory stays bounded whatever the file holds.
 */
public final class JsonRecords {

    static final int MAX_VALUES = 10_000;
    static final int MAX_STRING_CHARS = 100_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).maxNestingDepth(64).build())
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build()
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    @FunctionalInterface
    public interface Handler {
        void record(JsonRecord record) throws ImportException;
    }

    private JsonRecords() {
    }

    /**
     * Hands each object of the file's array to {@code handler}: the array at the top, or the
     * first array found under one of {@code arrayKeys} of the top object. A file holding neither
     * is refused. Syntax errors come out as {@link ImportException} naming the line;
     * {@link IOException} only when the stream itself fails.
     */
    public static void read(InputStream in, String fileName, Set<String> arrayKeys, Handler handler)
            throws ImportException, IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            String arrayPath;
            if (first == JsonToken.START_ARRAY) {
                arrayPath = "$";
            } else if (first == JsonToken.START_OBJECT) {
                arrayPath = findArray(p, arrayKeys);
                if (arrayPath == null) {
                    throw new ImportException(fileName, 1, null, "the JSON object has no array under "
                            + String.join(" or ", arrayKeys.stream().sorted().map(k -> "\"" + k + "\"").toList()));
                }
            } else {
                throw new ImportException(fileName, 1, null, "this is not a JSON export: it does not start with [ or {");
            }
            int index = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw new ImportException(fileName, p.currentLocation().getLineNr(), null, "the JSON ends inside " + arrayPath);
                }
                String path = arrayPath + "[" + index++ + "]";
                if (t != JsonToken.START_OBJECT) {
                    throw new ImportException(fileName, p.currentLocation().getLineNr(), null,
                            path + " is " + describe(t) + " where an object was expected");
                }
                long line = p.currentLocation().getLineNr();
                Map<String, String> values = new HashMap<>();
                flatten(p, "", values, fileName, path);
                handler.record(new JsonRecord(fileName, line, path, values));
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportException(fileName, "line", line, null, "the JSON is broken: " + e.getOriginalMessage(), e);
        }
    }

    /** Moves into the array under one of {@code keys}, skipping the other values; its path, or null. */
    private static String findArray(JsonParser p, Set<String> keys) throws IOException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_ARRAY && keys.contains(name)) {
                return "$." + name;
            }
            p.skipChildren();
        }
        return null;
    }

    private static void flatten(JsonParser p, String prefix, Map<String, String> values, String fileName, String path)
            throws IOException, ImportException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = prefix + p.currentName();
            JsonToken value = p.nextToken();
            switch (value) {
                case START_OBJECT -> flatten(p, key + ".", values, fileName, path);
                case START_ARRAY -> p.skipChildren();
                case VALUE_NULL -> { }
                default -> {
                    if (values.size() >= MAX_VALUES) {
                        throw new ImportException(fileName, p.currentLocation().getLineNr(), null, path
                                + " has more than " + MAX_VALUES + " values: this is not a sleep record");
                    }
                    values.put(key, p.getText());
                }
            }
        }
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> String.valueOf(t);
        };
    }
}
