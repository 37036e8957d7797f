package dev.kip.exchange.export;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.exchange.read.CsvCells;
import dev.kip.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes body marks as CSV with the columns of DESIGN.md: {@code date,region_id,region_name,kind,level,note}
 * (UTF-8, ISO dates, kind as {@code soreness}/{@code pain}), through {@link AtomicFiles} like every export.
 */
public final class BodyCsvExport {
    public static final String[] HEADER = {"date", "region_id", "region_name", "kind", "level", "note"};

    private static final CsvExport<BodyMark> CSV = new CsvExport<>(List.of(HEADER), m -> List.of(m.date(), m.regionId(),
            BodyRegions.byId(m.regionId()).map(BodyRegion::name).orElse(""), m.kind().label(), m.level(), CsvCells.neutralise(m.note())));

    private BodyCsvExport() {
    }

    /** Writes {@code marks} in the order given to {@code out}; returns the number of rows written. */
    public static int write(List<BodyMark> marks, Path out) {
        try {
            return CSV.write(marks, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e); // AtomicFiles named the file and said why
        }
    }
}
