package dev.kip.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheTextIntoAFileOnlyItsOwnerCanRead() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path file = dir.resolve("sleep.csv");
        AtomicFiles.write(file, w -> w.write("date,tib_min\n2025-06-01,480\n"));
        assertThat(Files.readString(file)).isEqualTo("date,tib_min\n2025-06-01,480\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(names(dir)).containsExactly("sleep.csv");
    }

    @Test
    void theTemporaryFileIsOwnerOnlyWhileItIsBeingWritten() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        String[] seen = new String[1];
        AtomicFiles.writeBytes(dir.resolve("report.pdf"), out -> {
            out.write(1);
            out.flush();
            try (Stream<Path> files = Files.list(dir)) {
                Path tmp = files.findFirst().orElseThrow();
                seen[0] = tmp.getFileName() + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp));
            }
        });
        assertThat(seen[0]).startsWith(".report.pdf-").endsWith(".tmp rw-------");
    }

    @Test
    void replacesAnOlderFileWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("prefs.properties"), "old content that is longer than the new");
        AtomicFiles.writeBytes(file, out -> out.write("new".getBytes()));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(names(dir)).containsExactly("prefs.properties");
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporary() throws IOException {
        Path file = Files.writeString(dir.resolve("sleep.csv"), "the old export");
        assertThatThrownBy(() -> AtomicFiles.write(file, w -> {
            w.write("half a new export");
            w.flush();
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessageContaining("disk full").hasMessageContaining(file.toString());
        assertThat(Files.readString(file)).isEqualTo("the old export");
        assertThat(names(dir)).containsExactly("sleep.csv");
    }

    @Test
    void createsMissingFolders() throws IOException {
        Path file = dir.resolve("a").resolve("b").resolve("x.csv");
        AtomicFiles.write(file, w -> w.write("x"));
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aFolderThatCannotHoldTheFileIsNamed() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain"), "not a folder");
        assertThatThrownBy(() -> AtomicFiles.write(plain.resolve("x.csv"), w -> w.write("x")))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(plain)).isEqualTo("not a folder");
    }

    @Test
    void writesAFolderWholeAndOwnerOnly() throws IOException {
        Path target = dir.resolve("export");
        AtomicFiles.writeFolder(target, tmp -> {
            assertThat(tmp.getParent()).isEqualTo(dir);
            assertThat(Files.exists(target)).isFalse();
            AtomicFiles.write(tmp.resolve("sleep.csv"), w -> w.write("s"));
            AtomicFiles.write(tmp.resolve("body.csv"), w -> w.write("b"));
        });
        assertThat(names(target)).containsExactly("body.csv", "sleep.csv");
        assertThat(Files.readString(target.resolve("sleep.csv"))).isEqualTo("s");
        assertThat(names(dir)).containsExactly("export");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rwx------");
        }
    }

    @Test
    void anEmptyFolderIsFilled() throws IOException {
        Path target = Files.createDirectory(dir.resolve("export"));
        AtomicFiles.writeFolder(target, tmp -> AtomicFiles.write(tmp.resolve("sleep.csv"), w -> w.write("s")));
        assertThat(names(target)).containsExactly("sleep.csv");
    }

    @Test
    void aFailingFolderWriterLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("export");
        assertThatThrownBy(() -> AtomicFiles.writeFolder(target, tmp -> {
            AtomicFiles.write(tmp.resolve("sleep.csv"), w -> w.write("s"));
            throw new IOException("the journal went away");
        })).hasMessage("Cannot write " + target + ": the journal went away.");
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void aFullDiskIsSaidInWordsAndNamesTheFile() throws IOException {
        Path target = dir.resolve("all");
        assertThatThrownBy(() -> AtomicFiles.writeFolder(target, tmp -> AtomicFiles.write(tmp.resolve("sleep.csv"), w -> {
            throw new IOException("No space left on device");
        }))).hasMessage("The disk holding " + target + " is full; nothing was changed. Free some space, then try again.");
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void aRefusedPermissionNamesTheFolderNotJustAPath() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix") && !"root".equals(System.getProperty("user.name")));
        Path locked = Files.createDirectory(dir.resolve("locked"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-x------")));
        assertThatThrownBy(() -> AtomicFiles.write(locked.resolve("x.csv"), w -> w.write("x")))
                .hasMessageStartingWith("Cannot write " + locked.resolve("x.csv") + ": permission to write");
    }

    @Test
    void aNewFileNeverReplacesOne() throws IOException {
        Path taken = Files.writeString(dir.resolve("backup.db"), "kept");
        assertThatThrownBy(() -> AtomicFiles.writeNew(taken, tmp -> Files.writeString(tmp, "new")))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(taken).hasContent("kept");
        assertThat(names(dir)).containsExactly("backup.db");
    }

    @Test
    void aNewFileIsFilledThroughItsPrivateTemporary() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        String[] mode = new String[1];
        AtomicFiles.writeNew(dir.resolve("copy.db"), tmp -> {
            mode[0] = PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp));
            Files.writeString(tmp, "copied");
        });
        assertThat(mode[0]).isEqualTo("rw-------");
        assertThat(dir.resolve("copy.db")).hasContent("copied");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
