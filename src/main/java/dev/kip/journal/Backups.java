package dev.kip.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Where a journal's backups live: a {@code backups} folder beside it. */
public final class Backups {
    private Backups() {
    }

    public static Path folderOf(Path journalFile) {
        Path parent = journalFile.toAbsolutePath().getParent();
        return parent.resolve("backups");
    }

    /** Backup files of this journal, newest first (by name, which starts with the journal's name and a timestamp). */
    public static List<Path> list(Path journalFile) {
        Path dir = folderOf(journalFile);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String prefix = baseName(journalFile) + "-";
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".db"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static String baseName(Path journalFile) {
        String name = journalFile.getFileName().toString();
        return name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }
}
