package dev.kip.exchange.read;

import java.util.ArrayList;
import java.util.List;

/** The first line of a CSV export: its delimiter, sniffed from the line, and its column names. */
public record CsvHeader(char delimiter, List<String> names) {

    private static final char[] DELIMITERS = {',', ';', '\t'};

    /**
     * Reads a header line (BOM already stripped): the delimiter is the candidate seen most often
     * outside quotes. A header wrapped whole in one quoted field, as a spreadsheet re-save leaves
     * it, is unwrapped.
     */
    public static CsvHeader parse(String line) {
        CsvHeader h = sniff(line);
        if (h.names.size() == 1 && line.strip().startsWith("\"")) {
            CsvHeader inner = sniff(h.name(0));
            if (inner.names.size() > 1) {
                return inner;
            }
        }
        return h;
    }

    private static CsvHeader sniff(String line) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        char delimiter = DELIMITERS[best];
        return new CsvHeader(delimiter, split(line, delimiter));
    }

    private static List<String> split(String line, char delimiter) {
        List<String> names = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == delimiter && !quoted) {
                names.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        names.add(cell.toString().strip());
        return List.copyOf(names);
    }

    /** The index of the first column whose name is one of {@code candidates} (case-insensitive), or -1. */
    public int indexOf(String... candidates) {
        for (String candidate : candidates) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(candidate)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The index of the first column whose {@link #looseKey} is that of one of {@code candidates}, or -1:
     * {@code Asleep duration (min)} is found as {@code asleep duration min}, and
     * {@code com.samsung.health.sleep.start_time} as {@code start_time}.
     */
    public int looseIndexOf(String... candidates) {
        for (String candidate : candidates) {
            String key = looseKey(candidate);
            for (int i = 0; i < names.size(); i++) {
                if (looseKey(names.get(i)).equals(key)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A column name without case, spaces, punctuation or a dotted prefix. */
    public static String looseKey(String name) {
        String n = name.strip();
        int dot = n.lastIndexOf('.');
        if (dot > 0 && dot < n.length() - 1 && n.indexOf(' ') < 0) {
            n = n.substring(dot + 1);
        }
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** True when another column has the same name as the one at {@code index} (case ignored). */
    public boolean isRepeated(int index) {
        String n = names.get(index);
        for (int i = 0; i < names.size(); i++) {
            if (i != index && names.get(i).equalsIgnoreCase(n)) {
                return true;
            }
        }
        return false;
    }

    public String name(int index) {
        return names.get(index);
    }

    /** The header as written, shortened for messages. */
    public String shown() {
        String joined = String.join(String.valueOf(delimiter), names);
        return joined.length() > 120 ? joined.substring(0, 117) + "…" : joined;
    }
}
