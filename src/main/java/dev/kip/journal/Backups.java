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
 * {@code <base>-YYYY-MM-DD-HHMMSS[-why].db} (backups asked for, or taken before a restore).
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

    /** A backup taken at {@code at}; {@code why} (may be empty) says what for, e.g. "before-restore". */
    public static Path timestampedFile(Path journalFile, LocalDateTime at, String why) {
        String suffix = why.isEmpty() ? "" : "-" + why;
        return folderOf(journalFile).resolve(baseName(journalFile) + "-" + STAMP.format(at) + suffix + ".db");
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
        return Pattern.compile(Pattern.quote(baseName(journalFile)) + "-(\\d{4}-\\d{2}-\\d{2})(-\\d{6}(?:-[a-z-]+)?)?\\.db");
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
