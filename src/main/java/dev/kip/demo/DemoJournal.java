package dev.kip.demo;
public final class DemoJournal {
    public static void write(dev.kip.journal.Journal j, int years, long seed, java.time.LocalDate end) { }
}
