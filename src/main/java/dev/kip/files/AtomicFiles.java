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
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a file or a folder all or nothing, durably and privately: the content goes into a new
 * temporary file (or folder) beside the target, readable by its owner only from its first byte,
 * is forced to disk, moved into place in one step, and the folder holding it is forced too. A crash
 * or a failed write leaves the old file as it was and no temporary behind; a finished write
 * survives a power cut. The temporaries a killed Kip left behind are removed the next time Kip
 * writes into that folder (or opens a journal there). A failure names the file and says why in
 * words ({@link WriteFailure}), a full disk as such.
 */
public final class AtomicFiles {

    private static final int BUFFER = 64 * 1024;
    private static final int NAME_ATTEMPTS = 100;
    /** {@code .<target>-<pid>-<random>.tmp}, and SQLite's -journal, -wal and -shm files beside one. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+-(\\d{1,18})-[0-9a-z]{1,13}\\.tmp(?:-journal|-wal|-shm)?");

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
        try {
            writeBytesTo(abs, content);
        } catch (IOException e) {
            throw WriteFailure.of(abs, e);
        }
    }

    private static void writeBytesTo(Path abs, IoConsumer<OutputStream> content) throws IOException {
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        removeStaleTemporaries(dir);
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
        try {
            writeFolderTo(abs, content);
        } catch (IOException e) {
            throw WriteFailure.of(abs, e);
        }
    }

    private static void writeFolderTo(Path abs, IoConsumer<Path> content) throws IOException {
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        removeStaleTemporaries(parent);
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
     * Writes a new file {@code target} through a writer that needs a file name rather than a stream
     * (SQLite's {@code VACUUM INTO} into an empty file, a file copy): {@code content} fills the
     * temporary file it is given, which exists, is empty and owner-only. Never replaces a file:
     * when {@code target} exists, or appears meanwhile, it fails with
     * {@link FileAlreadyExistsException} and {@code target} is left as it was.
     */
    public static void writeNew(Path target, IoConsumer<Path> content) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        try {
            writeNewTo(abs, content);
        } catch (IOException e) {
            throw WriteFailure.of(abs, e);
        }
    }

    private static void writeNewTo(Path abs, IoConsumer<Path> content) throws IOException {
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(abs.toString(), null, "already exists; nothing was replaced");
        }
        removeStaleTemporaries(dir);
        Path tmp = createTemp(abs, false);
        try {
            content.accept(tmp);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveNew(tmp, abs);
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new private temporary folder beside {@code near}, for work on copies that must stay on the
     * same disk and out of other users' sight; the caller removes it with {@link #deleteTree}. Left
     * behind by a killed process, {@link #removeStaleTemporaries} removes it.
     */
    public static Path createTempFolder(Path near) throws IOException {
        Path abs = near.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        return createTemp(abs, true);
    }

    /**
     * Removes the temporaries that a killed Kip left in {@code dir} (and SQLite's files beside
     * them): those whose name carries the id of a process that no longer runs. Temporaries of a
     * running Kip are left alone. Returns what was removed; a folder that cannot be read gives none.
     */
    public static List<Path> removeStaleTemporaries(Path dir) {
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                Matcher m = TEMP_NAME.matcher(p.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    deleteTree(p);
                    removed.add(p);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Best effort: a leftover that cannot be removed now is tried again at the next start.
        }
        return removed;
    }

    /**
     * A new file or folder named after {@code target} in its folder and after this process (so a
     * later run can tell a leftover from work in progress), created with CREATE_NEW semantics so it
     * never replaces anything, and owner-only where the file system has POSIX permissions.
     */
    private static Path createTemp(Path target, boolean folder) throws IOException {
        Path dir = target.getParent();
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(folder ? "rwx------" : "rw-------"))}
                : new FileAttribute<?>[0];
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + target.getFileName() + "-" + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return folder ? Files.createDirectory(tmp, attrs) : Files.createFile(tmp, attrs);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Moves {@code from} to {@code to} only if {@code to} does not exist, in one step where the file
     * system has hard links (a rename would replace a file that appeared since the check).
     */
    private static void moveNew(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
            Files.delete(from);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(to.toString(), null, "already exists; nothing was replaced");
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.move(from, to); // no REPLACE_EXISTING: fails when the target exists
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

    /** Removes a temporary folder and what it holds (nothing is left after a successful move). */
    public static void deleteTree(Path root) throws IOException {
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
