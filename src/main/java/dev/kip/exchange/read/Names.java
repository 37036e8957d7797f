package dev.kip.exchange.read;

/** Names as people mean them: the no-break spaces of a copy-paste are spaces, and white space is one space. */
final class Names {

    private Names() {
    }

    /** {@code raw} with no-break spaces as spaces, runs of white space as one, ends stripped; as is when nothing needs it. */
    static String clean(String raw) {
        boolean plain = raw.isEmpty() || raw.charAt(0) != ' ' && raw.charAt(raw.length() - 1) != ' ';
        for (int i = 0; i < raw.length() && plain; i++) {
            char c = raw.charAt(i);
            plain = c > ' ' ? !isNoBreakSpace(c) : c == ' ' && raw.charAt(i + 1) != ' ';
        }
        if (plain) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || isNoBreakSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The index of the first control character in {@code name}, or -1. */
    static int firstControl(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNoBreakSpace(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }
}
