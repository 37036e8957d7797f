package dev.kip.journal;

/** A journal problem with a message fit to show a person: it names the file or record and says what is wrong. */
public class JournalException extends RuntimeException {
    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
