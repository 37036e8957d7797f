package dev.kip.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a journal's backups live and what they are called: a {@code backups} folder beside it,
 * holding {@code <base>-YYYY-MM-DD.db} (the automatic daily backup) and
 * {@code <base>-YYYY-MM-DD-HHMMSS[-N][-why].db} (backups asked for, or taken before a restore; N
 * counts backups taken within the same second, so no name is ever used twice).
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private Backups() {
    }

    public static Path folderOf(Path journalFile) {
        Path parent = journalFile.toAbsolutePath().getParent();
        return parent.resolve("backups");
    }

    /** The automatic backup of {@code day}. */
    public static Path dailyFile(Path journalFile, LocalDate day) {
        return folderOf(journalFile).resolve(baseName(journalFile) + "-" + day + ".db");
    }

    /** The name of a backup taken at {@code at}; {@code why} (may be empty) says what for, e.g. "before-restore". */
    public static Path timestampedFile(Path journalFile, LocalDateTime at, String why) {
        return timestampedFile(journalFile, at, why, 1);
    }

    /** The name of the {@code n}th backup taken within the second of {@code at} (the first has no number). */
    static Path timestampedFile(Path journalFile, LocalDateTime at, String why, int n) {
        return folderOf(journalFile).resolve(baseName(journalFile) + "-" + STAMP.format(at) + (n == 1 ? "" : "-" + n)
                + (why.isEmpty() ? "" : "-" + why) + ".db");
    }

    /** The first of the names for a backup taken at {@code at} that no file has yet. */
    static Path unusedTimestampedFile(Path journalFile, LocalDateTime at, String why) {
        Path name = timestampedFile(journalFile, at, why);
        for (int n = 2; Files.exists(name); n++) {
            name = timestampedFile(journalFile, at, why, n);
        }
        return name;
    }

    /** {@code file}, or when it exists the first of {@code <name>-2.db}, {@code <name>-3.db}… that does not. */
    static Path unused(Path file) {
        String name = file.getFileName().toString();
        String base = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        Path candidate = file;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(base + "-" + n + ".db");
        }
        return candidate;
    }

    /** The newest backup of this journal that passes the full check; a backup is trusted only once checked. */
    public static Optional<Path> newestSound(Path journalFile) {
        for (Path p : list(journalFile)) {
            try {
                JournalFileCheck.requireSound(p);
                return Optional.of(p);
            } catch (JournalException e) {
                // Try the next older one.
            }
        }
        return Optional.empty();
    }

    /** Backup files of this journal, newest first: by the date in the name, then by modification time. */
    public static List<Path> list(Path journalFile) {
        Path dir = folderOf(journalFile);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> dateOf(journalFile, p).isPresent())
                    .sorted(Comparator.comparing((Path p) -> dateOf(journalFile, p).orElseThrow())
                            .thenComparing(Backups::modified).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The date in a backup's name, or empty when the file is not one of this journal's backups. */
    public static Optional<LocalDate> dateOf(Path journalFile, Path backup) {
        Matcher m = namePattern(journalFile).matcher(backup.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** True for the automatic daily backups, the only ones the retention rule prunes. */
    static boolean isDaily(Path journalFile, Path backup) {
        Matcher m = namePattern(journalFile).matcher(backup.getFileName().toString());
        return m.matches() && m.group(2) == null;
    }

    private static Pattern namePattern(Path journalFile) {
        return Pattern.compile(Pattern.quote(baseName(journalFile)) + "-(\\d{4}-\\d{2}-\\d{2})(-\\d{6}(?:-\\d+)?(?:-[a-z-]+)?)?\\.db");
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    static String baseName(Path journalFile) {
        String name = journalFile.getFileName().toString();
        return name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }
}
