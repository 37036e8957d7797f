package dev.kip.exchange.parse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read from the file, tells {@link ImportProgress} every megabyte, and stops when cancelled. */
final class ProgressInputStream extends FilterInputStream {

    private static final long STEP = 1 << 20;

    /** Thrown through readers and XML parsers; turned back into {@link ImportCancelledException}. */
    static final class CancelledException extends IOException {
        CancelledException() {
            super("import cancelled");
        }
    }

    private final long total;
    private final ImportProgress progress;
    private long done;
    private long nextReport;

    ProgressInputStream(InputStream in, long total, ImportProgress progress) {
        super(in);
        this.total = total;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            advance(n);
        } else if (n < 0) {
            progress.bytesRead(done, total);
        }
        return n;
    }

    private void advance(int n) throws IOException {
        done += n;
        if (done >= nextReport) {
            nextReport = done + STEP;
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            progress.bytesRead(done, total);
        }
    }
}
