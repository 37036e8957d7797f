package dev.kip.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file or a folder all or nothing, durably and privately: the content goes into a new
 * temporary file (or folder) beside the target, readable by its owner only from its first byte,
 * is forced to disk, moved into place in one step, and the folder holding it is forced too. A crash
 * or a failed write leaves the old file as it was and no temporary behind; a finished write
 * survives a power cut.
 */
public final class AtomicFiles {

    private static final int BUFFER = 64 * 1024;
    private static final int NAME_ATTEMPTS = 100;

    private AtomicFiles() {
    }

    /** Writes UTF-8 text to {@code target} through {@code content}. */
    public static void write(Path target, IoConsumer<Writer> content) throws IOException {
        writeBytes(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.accept(w);
            w.flush();
        });
    }

    /** Writes bytes to {@code target} through {@code content}, creating missing parent folders. */
    public static void writeBytes(Path target, IoConsumer<OutputStream> content) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = createTemp(abs, false);
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
                content.accept(out);
                out.flush();
                channel.force(true);
            }
            move(tmp, abs, true);
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Fills a new folder through {@code content} and moves it into place as {@code target}, which
     * must not exist or be an empty folder. The files written into it should go through
     * {@link #write} or {@link #writeBytes}, which force each to disk.
     */
    public static void writeFolder(Path target, IoConsumer<Path> content) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path tmp = createTemp(abs, true);
        try {
            content.accept(tmp);
            forceFolder(tmp);
            // A folder can only be renamed over an empty one; deleting it first keeps that case.
            Files.deleteIfExists(abs);
            move(tmp, abs, false);
            forceFolder(parent);
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * A new file or folder named after {@code target} in its folder, created with CREATE_NEW
     * semantics so it never replaces anything, and owner-only where the file system has POSIX
     * permissions.
     */
    private static Path createTemp(Path target, boolean folder) throws IOException {
        Path dir = target.getParent();
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(folder ? "rwx------" : "rw-------"))}
                : new FileAttribute<?>[0];
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + target.getFileName() + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return folder ? Files.createDirectory(tmp, attrs) : Files.createFile(tmp, attrs);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= NAME_ATTEMPTS) {
                    throw e;
                }
            } catch (IOException e) {
                throw new IOException("cannot write " + target + ": the folder " + dir + " is not writable ("
                        + e.getClass().getSimpleName() + ")", e);
            }
        }
    }

    private static void move(Path from, Path to, boolean replace) throws IOException {
        try {
            if (replace) {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
    }

    /**
     * Forces a folder's entries to disk, so a rename in it survives a power cut. Where the system
     * cannot open a folder as a file (Windows), the rename is as durable as it gets and this is skipped.
     */
    private static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported here; nothing more can be done.
        }
    }

    /** Removes what is left of a temporary folder after a failure (nothing after a successful move). */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
