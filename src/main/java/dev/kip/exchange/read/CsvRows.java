package dev.kip.exchange.read;

import dev.kip.exchange.parse.ImportCancelledException;
import dev.kip.exchange.parse.ImportException;
import dev.kip.exchange.parse.Notice;
import dev.kip.exchange.parse.ParseContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The rows of a CSV export after its header, decoded by {@link TextReader} (UTF-8, UTF-16 or
 * Windows-1252, said in the preview) and split by {@link CsvLexer}: strips a BOM, sniffs the
 * delimiter from the header line, accepts CRLF and quoted newlines, unwraps lines a spreadsheet
 * re-save wrapped whole in quotes, and turns every failure of the reader into an
 * {@link ImportException} naming the line. Typed getters name the column.
 */
public final class CsvRows implements AutoCloseable {

    /** The longest name (exercise, workout) kept, as the journal's newer tables hold names. */
    public static final int MAX_NAME_CHARS = 200;
    /**
     * The most data lines one import reads: an import holds what it read until the person says yes,
     * about 120 bytes a set, so this keeps the largest file within a 256 MB heap. It is a hundred
     * years of daily training; a longer file is refused at the line, never run out of memory on.
     */
    public static final long MAX_LINES = 1_200_000;
    /** The longest note kept: a page of text; a longer one is no note a person typed. */
    public static final int MAX_NOTE_CHARS = 10_000;

    private final ParseContext ctx;
    private final CsvHeader header;
    private final CsvLexer lexer;
    private final TextReader text;
    private final boolean commaDecimal;
    private final int headerLine;
    private int minFields;
    private long line = 1;
    private long rows;
    private int unwrapped;
    private int recovered;
    /** A column the parser reads that the header names twice: which one holds the values is unclear. */
    private String repeated;
    /** The fields of the current line where they differ from the lexer's record (unwrapped, a name's comma recovered), else null. */
    private String[] fields;
    /** The column whose unquoted commas inside parentheses are recovered (FitNotes' exercise names), or -1. */
    private int commaColumn = -1;
    private boolean longerRowsAllowed;
    /**
     * Per column, the last field read as a {@link #name} and the name made of it: a name repeats row
     * after row (an exercise's sets), and those rows reuse it instead of making and checking it anew.
     */
    private final String[] nameFields;
    private final String[] names;

    private CsvRows(ParseContext ctx, CsvHeader header, CsvLexer lexer, TextReader text, int headerLine) {
        this.ctx = ctx;
        this.header = header;
        this.lexer = lexer;
        this.text = text;
        this.commaDecimal = header.delimiter() != ',';
        this.headerLine = headerLine;
        this.nameFields = new String[header.names().size()];
        this.names = new String[nameFields.length];
    }

    public static CsvRows open(InputStream raw, ParseContext ctx) throws ImportException {
        return open(raw, ctx, 0);
    }

    /**
     * As {@link #open(InputStream, ParseContext)} for files whose header follows
     * {@code linesBeforeHeader} lines of their own (a title or metadata line); line numbers in
     * messages still count from the file's first line.
     */
    public static CsvRows open(InputStream raw, ParseContext ctx, int linesBeforeHeader) throws ImportException {
        TextReader text = new TextReader(ctx.track(raw));
        CsvLexer lexer = new CsvLexer(text);
        try {
            for (int i = 0; i < linesBeforeHeader; i++) {
                if (lexer.rawLine() == null) {
                    throw ctx.error(0, null, "the file is empty");
                }
            }
            String first = lexer.rawLine();
            if (first == null) {
                throw ctx.error(0, null, "the file is empty");
            }
            if (!first.isEmpty() && first.charAt(0) == '\uFEFF') {
                first = first.substring(1);
            }
            if (first.isBlank()) {
                throw ctx.error(linesBeforeHeader + 1, null, (linesBeforeHeader == 0 ? "the first line" : "the line")
                        + " is empty where the header was expected");
            }
            CsvHeader header = CsvHeader.parse(first);
            lexer.delimiter(header.delimiter());
            return new CsvRows(ctx, header, lexer, text, linesBeforeHeader + 1);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw readFailure(ctx, lexer.line(), e);
        }
    }

    public CsvHeader header() {
        return header;
    }

    /** The column named one of {@code names}, or -1; rows must then have at least that many fields. */
    public int optional(String... names) {
        return use(header.indexOf(names));
    }

    /** A column the parser reads: rows must reach it, and its name must be the only one of its kind. */
    private int use(int index) {
        minFields = Math.max(minFields, index + 1);
        if (index >= 0 && repeated == null && header.isRepeated(index)) {
            repeated = header.name(index);
        }
        return index;
    }

    /**
     * As {@link #optional}, with names compared loosely (see {@link CsvHeader#looseKey}), for
     * exports whose column names vary with the app's version and language.
     */
    public int loose(String... names) {
        return use(header.looseIndexOf(names));
    }

    /**
     * As {@link #loose}; when no column matches, the file is not {@code what}, and the refusal
     * lists {@code expected}, the columns such a file has.
     */
    public int requiredLoose(String what, String expected, String... names) throws ImportException {
        int index = loose(names);
        if (index < 0) {
            throw ctx.error(headerLine, null, "there is no column '" + names[0] + "', so this is not " + what
                    + " (expected " + expected + "; the header is '" + header.shown() + "')");
        }
        return index;
    }

    /** The column named one of {@code names}; its absence means the file is not {@code what}. */
    public int required(String what, String... names) throws ImportException {
        int index = optional(names);
        if (index < 0) {
            String expected = names.length == 1 ? "'" + names[0] + "'" : "named " + String.join(", ", names);
            throw ctx.error(headerLine, null, "there is no column " + expected + ", so this is not " + what + " (the header is '"
                    + header.shown() + "')");
        }
        return index;
    }

    /**
     * Lines with more fields than the header are refused unless the extra fields are empty (a
     * trailing delimiter); formats whose records legitimately run longer say so here.
     */
    public void allowLongerRows() {
        longerRowsAllowed = true;
    }

    /**
     * Recovers lines where {@code column} held an unquoted comma inside parentheses (FitNotes
     * writes {@code Overhead Press (Each Side, Dumbbells)} so): the fields from that column to its
     * closing parenthesis are joined back, and the preview says how many lines were read so.
     */
    public void recoverCommasInParentheses(int column) {
        commaColumn = column;
    }

    /** Moves to the next row; false at the end of the file. */
    public boolean next() throws ImportException {
        if (repeated != null) {
            throw ctx.error(headerLine, null, "the header names the column '" + repeated + "' more than once, so which one "
                    + "holds the values is unclear (the header is '" + header.shown() + "')");
        }
        fields = null;
        try {
            if ((++rows & 0xFFF) == 0 && ctx.progress().isCancelled()) {
                throw new ImportCancelledException(ctx.fileName());
            }
            if (!lexer.next()) {
                return false;
            }
            if (rows > MAX_LINES) {
                throw ctx.error(lexer.line(), null, String.format("the file has more than %,d lines of data, more than Kip reads in "
                        + "one import (a hundred years of daily training): split it and import the parts", MAX_LINES));
            }
        } catch (CsvLexer.SyntaxException e) {
            throw new ImportException(ctx.fileName(), "line", e.line(), e.field() < 0 ? null
                    : e.field() < header.names().size() ? header.name(e.field()) : String.valueOf(e.field() + 1), e.getMessage(), e);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw readFailure(ctx, lexer.line(), e);
        }
        line = lexer.line();
        if (lexer.size() == 1 && header.names().size() > 1 && lexer.field(0).indexOf(header.delimiter()) >= 0) {
            fields = unwrap(lexer.field(0));
        }
        int size = size();
        if (size < minFields) {
            throw ctx.error(line, null, "the line has " + size + " field" + (size == 1 ? "" : "s")
                    + " where the header has " + header.names().size()
                    + ": is it cut short, or is the delimiter not '" + printable(header.delimiter()) + "'?");
        }
        if (size > header.names().size() && !longerRowsAllowed && !recoverComma() && !extraFieldsEmpty()) {
            throw ctx.error(line, null, size + " fields where the header has " + header.names().size()
                    + ": is a '" + printable(header.delimiter()) + "' unquoted inside a field?");
        }
        return true;
    }

    /** Fields in the current line as read (before a comma is recovered). */
    private int size() {
        return fields != null ? fields.length : lexer.size();
    }

    /** A field of the current line as read (before a comma is recovered). */
    private String get(int column) {
        return fields != null ? fields[column] : lexer.field(column);
    }

    /** Empty fields past the header's are a trailing delimiter, unless a comma may have split a field (then they shifted it). */
    private boolean extraFieldsEmpty() {
        if (commaColumn >= 0) {
            return false;
        }
        for (int i = header.names().size(); i < size(); i++) {
            if (!get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Joins the fields of {@link #commaColumn} back when an unquoted comma split a parenthesis; true when that made the line fit. */
    private boolean recoverComma() {
        int extra = size() - header.names().size();
        int from = commaColumn;
        if (from < 0 || from + extra >= size()) {
            return false;
        }
        StringBuilder joined = new StringBuilder(get(from));
        for (int i = 1; i <= extra; i++) {
            joined.append(header.delimiter()).append(get(from + i));
        }
        String name = joined.toString();
        int open = name.indexOf('(');
        int close = name.indexOf(')');
        if (open < 0 || open > name.indexOf(header.delimiter()) || close < name.lastIndexOf(header.delimiter())) {
            return false; // a comma outside the parentheses: not a name split in two, so not guessed at
        }
        String[] out = new String[header.names().size()];
        for (int i = 0, j = 0; i < out.length; i++, j++) {
            out[i] = i == from ? name : get(j);
            if (i == from) {
                j += extra;
            }
        }
        fields = out;
        recovered++;
        return true;
    }

    /** A line a spreadsheet wrapped whole in one quoted field: its content, read as the line it was. */
    private String[] unwrap(String content) throws ImportException {
        CsvLexer inner = new CsvLexer(new StringReader(content));
        inner.delimiter(header.delimiter());
        try {
            if (!inner.next()) {
                throw ctx.error(line, null, "the line is one quoted field holding nothing");
            }
            String[] out = new String[inner.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = inner.field(i);
            }
            if (inner.next()) {
                throw ctx.error(line, null, "the line is one quoted field holding more than one line");
            }
            unwrapped++;
            return out;
        } catch (IOException e) {
            throw ctx.error(line, null, "the line is one quoted field that is not a CSV line itself: " + e.getMessage());
        }
    }

    /** What reading the file decided: lines unwrapped, commas recovered. */
    public Map<Notice, Integer> notices() {
        Map<Notice, Integer> out = new EnumMap<>(Notice.class);
        if (text.charset() == TextReader.WINDOWS_1252) {
            out.put(Notice.WINDOWS_1252, 1);
        }
        if (unwrapped > 0) {
            out.put(Notice.UNWRAPPED_LINES, unwrapped);
        }
        if (recovered > 0) {
            out.put(Notice.RECOVERED_COMMAS, recovered);
        }
        return out;
    }

    /** Fields in the current row. */
    public int fieldCount() {
        return size();
    }

    public long line() {
        return line;
    }

    /** The field as written (quotes removed); "" for a column the file does not have. */
    public String text(int column) {
        return column < 0 ? "" : get(column);
    }

    /**
     * The field as a name (an exercise's, a workout's): no-break spaces read as spaces, runs of
     * white space as one, ends stripped. Refused, with the line and column, when it is empty and
     * {@code required}, longer than {@link #MAX_NAME_CHARS}, or holds a control character.
     */
    public String name(int column, String what, boolean required) throws ImportException {
        boolean remembered = column >= 0 && column < names.length;
        if (remembered && nameFields[column] != null && textEquals(column, nameFields[column])) {
            return names[column];
        }
        String raw = text(column);
        String name = Names.clean(raw);
        if (name.isEmpty() && required) {
            throw error(column, raw.isEmpty() ? "the " + what + " is empty" : "the " + what + " is only spaces");
        }
        if (name.length() > MAX_NAME_CHARS) {
            throw error(column, String.format("the %s is %,d characters long; Kip keeps names of up to %d", what, name.length(),
                    MAX_NAME_CHARS));
        }
        int control = Names.firstControl(name);
        if (control >= 0) {
            throw error(column, String.format("the %s holds a control character (U+%04X), which no name has: is the file damaged?",
                    what, (int) name.charAt(control)));
        }
        if (remembered && !name.isEmpty()) { // an empty name is refused where it is required
            nameFields[column] = raw;
            names[column] = name;
        }
        return name;
    }

    /** The field as a note, as written; refused, with the line and column, when longer than {@link #MAX_NOTE_CHARS}. */
    public String note(int column) throws ImportException {
        String note = text(column);
        if (note.length() > MAX_NOTE_CHARS) {
            throw error(column, String.format("the note is %,d characters long; Kip keeps notes of up to %,d", note.length(),
                    MAX_NOTE_CHARS));
        }
        return note;
    }

    /** True when the field is {@code text} exactly (without making a String of it); false for a column the file does not have. */
    public boolean textEquals(int column, String text) {
        return column >= 0 && (fields != null ? fields[column].equals(text) : lexer.fieldEquals(column, text));
    }

    /** A decimal number, or null when the field is empty. */
    public Double decimal(int column) throws ImportException {
        boolean blank = column < 0 || (fields != null ? fields[column].isBlank() : lexer.isBlank(column));
        if (blank) {
            return null;
        }
        double v = fields != null ? Decimals.parse(fields[column], commaDecimal) : lexer.decimal(column, commaDecimal);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw error(column, "'" + text(column) + "' is not a number");
        }
        return v;
    }

    /** A whole number (a written {@code 8.0} counts), or null when the field is empty. */
    public Integer integer(int column) throws ImportException {
        Double v = decimal(column);
        if (v == null) {
            return null;
        }
        if (v != Math.rint(v) || Math.abs(v) > 1_000_000) {
            throw error(column, "'" + text(column) + "' is not a whole number");
        }
        return v.intValue();
    }

    public ImportException error(int column, String message) {
        return ctx.error(line, column < 0 ? null : header.name(column), message);
    }

    @Override
    public void close() {
        // Nothing to free: the stream belongs to the caller, the lexer's buffer to the garbage collector.
    }

    /** As {@link ParseContext#readFailure}, and the lexer's refusals (CSV syntax, an overlong line) said as such. */
    private static ImportException readFailure(ParseContext ctx, long at, Exception e) {
        ImportException mapped = ctx.readFailure(at, e);
        if (mapped instanceof ImportCancelledException) {
            return mapped;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CsvLexer.SyntaxException syntax) {
                return new ImportException(ctx.fileName(), "line", syntax.line(), null, c.getMessage(), e);
            }
            if (c instanceof TextReader.MixedEncodingException mixed) {
                return new ImportException(ctx.fileName(), "line", mixed.line(), null, c.getMessage(), e);
            }
        }
        return mapped;
    }

    private static String printable(char c) {
        return c == '\t' ? "tab" : String.valueOf(c);
    }
}
