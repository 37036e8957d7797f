package dev.kip.exchange.parse;

import java.io.InputStream;

/** Reads one export format into an {@link ImportBatch}; writes nothing anywhere. */
public interface ExportParser {

    ImportFormat format();

    /**
     * Parses the whole stream (the caller closes it). Every problem — bad values, a truncated
     * or binary file, cancellation — comes out as {@link ImportException}.
     */
    ImportBatch parse(InputStream in, ParseContext ctx) throws ImportException;
}
