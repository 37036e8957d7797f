package dev.kip.exchange;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes body marks as CSV with the columns of DESIGN.md: {@code date,region_id,region_name,kind,level,note}
 * (UTF-8, ISO dates, kind as {@code soreness}/{@code pain}). The file is written next to its target
 * and moved into place, so a failed export never leaves a half-written file under the real name.
 */
public final class BodyCsvExport {
    public static final String[] HEADER = {"date", "region_id", "region_name", "kind", "level", "note"};

    private BodyCsvExport() {
    }

    /** Writes {@code marks} in the order given to {@code out}; returns the number of rows written. */
    public static int write(Iterable<BodyMark> marks, Path out) {
        Path target = out.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            int rows = 0;
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                    CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').get().print(w)) {
                for (BodyMark m : marks) {
                    String name = BodyRegions.byId(m.regionId()).map(BodyRegion::name).orElse("");
                    csv.printRecord(m.date(), m.regionId(), name, m.kind().label(), m.level(), m.note());
                    rows++;
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The temporary file is hidden and harmless; the original error is what matters.
            }
        }
    }
}
