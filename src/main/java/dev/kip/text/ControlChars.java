package dev.kip.text;

/**
 * Makes text that quotes input safe to show: a value echoed in a message could otherwise hold a
 * terminal escape ({@code ESC ] 0 ; title BEL} retitles the window, others move the cursor or hide
 * what follows), a carriage return that overwrites the line, or a bidirectional override that
 * shows text in another order than it is. Every such character is written as {@code \}{@code uXXXX},
 * as in Java and JSON, so the reader still sees that it is there. Line ends (LF, CR LF) and tabs
 * are kept: messages use them for layout.
 */
public final class ControlChars {

    private ControlChars() {
    }

    /** {@code text} with its control characters escaped; the same string when it has none; null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !isUnsafe(text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(text, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isUnsafe(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\t' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            return false;
        }
        return Character.getType(c) == Character.CONTROL // C0, DEL, C1 (ESC, BEL, CSI 0x9b …)
                || c == '\u2028' || c == '\u2029' // line and paragraph separators
                || c == '\u200e' || c == '\u200f' || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'; // bidi
    }
}
