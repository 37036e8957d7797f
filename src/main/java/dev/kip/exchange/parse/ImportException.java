package dev.kip.exchange.parse;

/**
 * A file could not be imported. The message says where ("export.csv, line 214, column Weight")
 * and what was wrong ("'12,5,0' is not a number"); nothing has been written when it is thrown.
 */
public class ImportException extends Exception {

    /** A problem in a text file: {@code line} from 1 (0 = the file as a whole), {@code field} may be null. */
    public ImportException(String file, long line, String field, String message) {
        this(file, "line", line, field, message, null);
    }

    public ImportException(String file, String place, long position, String field, String message, Throwable cause) {
        super(compose(file, place, position, field, message), cause);
    }

    /** A problem in an XML export, placed by the number of its {@code <Record>} (from 1). */
    public static ImportException atRecord(String file, long record, String attribute, String message) {
        return new ImportException(file, "record", record, attribute, message, null);
    }

    /** A problem with the whole file (unreadable, empty, not the expected format). */
    public static ImportException ofFile(String file, String message, Throwable cause) {
        return new ImportException(file, "line", 0, null, message, cause);
    }

    private static String compose(String file, String place, long position, String field, String message) {
        StringBuilder b = new StringBuilder(file == null ? "input" : file);
        if (position > 0) {
            b.append(", ").append(place).append(' ').append(position);
        }
        if (field != null) {
            b.append(", ").append("record".equals(place) ? "attribute " : "column ").append(field);
        }
        return b.append(": ").append(message).toString();
    }
}
