package dev.kip.exchange.export;

import dev.kip.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file of one kind of row: a header and how a row becomes its cells. Written UTF-8 with
 * {@code \n} line ends through {@link AtomicFiles}, so a failed export never leaves half a file.
 */
public final class CsvExport<T> {

    private final List<String> header;
    private final Function<T, List<?>> cells;

    public CsvExport(List<String> header, Function<T, List<?>> cells) {
        this.header = List.copyOf(header);
        this.cells = cells;
    }

    public List<String> header() {
        return header;
    }

    /** Writes {@code rows} in the order given; returns how many. */
    public int write(List<T> rows, Path file) throws IOException {
        AtomicFiles.write(file, w -> {
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                    .setRecordSeparator("\n").get());
            for (T row : rows) {
                csv.printRecord(cells.apply(row));
            }
            csv.flush();
        });
        return rows.size();
    }
}
