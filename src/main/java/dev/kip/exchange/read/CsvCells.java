package dev.kip.exchange.read;

/**
 * Text cells a spreadsheet would run as a formula (CSV injection, OWASP): a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '},
 * which spreadsheets show as text. Exports pass every text a person typed or imported (notes,
 * names, sources) through {@link #neutralise}; numbers Kip writes itself are left alone. Imports
 * pass text cells through {@link #restore}, so export then import gives the text back unchanged.
 *
 * <p>The pair is exact for every string: a text that already starts with quotes before such a
 * character (say {@code '=x}) gets one more, and {@link #restore} takes exactly one away.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** {@code text} with a leading {@code '} when a spreadsheet would read it as a formula; null stays null. */
    public static String neutralise(String text) {
        return needsQuote(text, 0) ? "'" + text : text;
    }

    /** Undoes {@link #neutralise}: removes the one {@code '} it added; other text is returned as it is. */
    public static String restore(String cell) {
        return cell != null && cell.startsWith("'") && needsQuote(cell, 1) ? cell.substring(1) : cell;
    }

    /** True when, after the quotes from {@code from} on, the text starts with a character a spreadsheet runs. */
    private static boolean needsQuote(String text, int from) {
        if (text == null) {
            return false;
        }
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && isTrigger(text.charAt(i));
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
