package dev.kip.journal;

/** Another running Kip (a window or a command) holds the journal's lock; the message says which. */
public final class JournalInUseException extends JournalException {
    public JournalInUseException(String message) {
        super(message);
    }
}
