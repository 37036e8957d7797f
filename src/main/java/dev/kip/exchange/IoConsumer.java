package dev.kip.exchange;

import java.io.IOException;

/** Work on an open stream or writer that may throw {@link IOException}. */
@FunctionalInterface
public interface IoConsumer<T> {
    void accept(T target) throws IOException;
}
