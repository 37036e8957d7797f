package dev.kip.exchange.parse;

import java.util.function.BooleanSupplier;

/**
 * Told how far a parser has read, and asked whether to stop. Called from the parsing thread
 * about every megabyte; a parser that sees {@link #isCancelled()} throws
 * {@link ImportCancelledException}.
 */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() { };

    /** {@code total} is the file size in bytes, or -1 when unknown. */
    default void bytesRead(long done, long total) {
    }

    default boolean isCancelled() {
        return false;
    }

    static ImportProgress cancelledWhen(BooleanSupplier cancelled) {
        return new ImportProgress() {
            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }
}
