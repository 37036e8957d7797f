package dev.kip.exchange.read;

import dev.kip.exchange.parse.ImportException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reading the files a vendor's export zip holds, as a stream (no temporary copies): the person
 * may pick the zip itself or the one file inside it, so every parser of such an export takes both.
 */
public final class Zips {

    /** What to do with one entry; the stream ends with the entry and must not be closed. */
    @FunctionalInterface
    public interface EntryReader {
        void read(String entryName, InputStream entry) throws ImportException, IOException;
    }

    private Zips() {
    }

    /** The last part of an entry's path: {@code a/b/sleep-export.csv} → {@code sleep-export.csv}. */
    public static String baseName(String entryName) {
        return entryName.substring(entryName.lastIndexOf('/') + 1);
    }

    /**
     * Hands every file entry whose name {@code wanted} accepts to {@code reader}, in zip order;
     * returns how many there were.
     */
    public static int forEach(InputStream zipped, Predicate<String> wanted, EntryReader reader)
            throws ImportException, IOException {
        ZipInputStream zip = new ZipInputStream(zipped, StandardCharsets.UTF_8);
        int count = 0;
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (!e.isDirectory() && wanted.test(e.getName())) {
                count++;
                reader.read(e.getName(), new FilterInputStream(zip) {
                    @Override
                    public void close() {
                        // The zip stream goes on to the next entry; its owner closes it.
                    }
                });
            }
        }
        return count;
    }
}
