package dev.kip.exchange.parse;

/** The person cancelled the import while the file was being read. */
public final class ImportCancelledException extends ImportException {

    public ImportCancelledException(String file) {
        super(file, 0, null, "import cancelled");
    }
}
