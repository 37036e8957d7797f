package dev.kip.files;

import java.io.IOException;

/** Work on an open stream, writer or new folder that may throw {@link IOException}. */
@FunctionalInterface
public interface IoConsumer<T> {
    void accept(T target) throws IOException;
}
