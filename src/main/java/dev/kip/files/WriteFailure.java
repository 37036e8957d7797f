package dev.kip.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A write that failed, said in words that name the file: {@code Cannot write X: permission to write
 * Y was denied}, or {@code The disk holding X is full; nothing was changed}, never the bare path
 * Java gives for a refused permission or the system's {@code No space left on device}.
 */
public final class WriteFailure extends IOException {

    private WriteFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code problem} while writing {@code target}, as a message that names it (kept as it is when it already does). */
    public static IOException of(Path target, IOException problem) {
        boolean targetExists = problem instanceof FileAlreadyExistsException exists && target.toString().equals(exists.getFile());
        if (targetExists || problem instanceof WriteFailure && problem.getMessage().contains(target.toString())) {
            return problem; // writeNew's refusal to replace, which callers word themselves; or named already
        }
        return new WriteFailure(describe("Cannot write " + target, target, problem), problem);
    }

    /** "{@code what}: why", or the full-disk sentence for {@code file}. */
    public static String describe(String what, Path file, Throwable problem) {
        if (DiskFull.says(problem)) {
            return DiskFull.message(file);
        }
        return what + ": " + reason(problem) + ".";
    }

    private static String reason(Throwable problem) {
        Throwable t = problem;
        while (t instanceof WriteFailure && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof AccessDeniedException denied) {
            return "permission to write " + denied.getFile() + " was denied";
        }
        if (t instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist";
        }
        if (t instanceof NotDirectoryException || t instanceof FileAlreadyExistsException) {
            return ((FileSystemException) t).getFile() + " is a file where a folder should be";
        }
        if (t instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " (" + fs.getFile() + ")";
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
