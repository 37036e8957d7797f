package dev.kip.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * What every window benchmark prints beside its figures, measured in the same run on the same journal,
 * so that a slower machine (or a busier one) is told apart from a slower Kip: the load average, a bare
 * JavaFX frame (a new Stage holding a Label, shown, to its first laid-out pulse), and raw SQL on the
 * journal through plain JDBC (a read over every set, and a one-row write committed with
 * {@code synchronous=FULL}, as Kip's saves are). Compare a figure with its yardstick, not with another
 * run's figure: on a quiet machine it is the figure times the ratio of the two runs' yardsticks.
 */
final class Yardstick {
    private static final int RUNS = 7;
    private final double frameMs;
    private final double readMs;
    private final double writeMs;

    private Yardstick(double frameMs, double readMs, double writeMs) {
        this.frameMs = frameMs;
        this.readMs = readMs;
        this.writeMs = writeMs;
    }

    /** Measures the yardstick; JavaFX must be started. Call it off the FX thread. */
    static Yardstick measure(Path journal) throws Exception {
        Platform.setImplicitExit(false); // closing the yardstick's windows must not end JavaFX
        double[] frames = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            frames[i] = bareFrame();
        }
        double[] reads = new double[RUNS];
        double[] writes = new double[RUNS];
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA busy_timeout=5000");
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                try (ResultSet rs = s.executeQuery("SELECT count(*), sum(weight_kg * reps) FROM sets")) {
                    rs.next();
                }
                reads[i] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                write(c, s, i);
                writes[i] = (System.nanoTime() - t) / 1e6;
            }
            s.execute("DELETE FROM settings WHERE key = 'bench.yardstick'");
        }
        return new Yardstick(FxBench.median(frames), FxBench.median(reads), FxBench.median(writes));
    }

    private static void write(Connection c, Statement s, int i) throws SQLException {
        c.setAutoCommit(false);
        s.executeUpdate("INSERT OR REPLACE INTO settings (key, value) VALUES ('bench.yardstick', '" + i + "')");
        c.commit();
        c.setAutoCommit(true);
    }

    /** Milliseconds from showing a new Stage with a Label to its first laid-out pulse. */
    private static double bareFrame() throws Exception {
        CompletableFuture<Double> framed = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            Scene scene = new Scene(new Label("Hello"), 1200, 800);
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    framed.complete((System.nanoTime() - t0) / 1e6);
                }
            });
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
        });
        double ms = framed.get(60, TimeUnit.SECONDS);
        Platform.runLater(() -> stage[0].close());
        return ms;
    }

    /** The machine's load average over 1, 5 and 15 minutes (Linux), else the JVM's 1-minute figure. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The bare frame, the yardstick of figures that are mostly JavaFX work (opening a view, a switch). */
    double frameMs() {
        return frameMs;
    }

    /** The raw one-row write, the yardstick of saves. */
    double writeMs() {
        return writeMs;
    }

    /** One line: the yardstick, the cores and the load average now. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "yardstick: bare JavaFX frame %.1f ms, raw SQL read of every set %.1f ms,"
                + " raw SQL one-row write %.2f ms; %d cores, load average %s", frameMs, readMs, writeMs,
                Runtime.getRuntime().availableProcessors(), loadAverage());
    }

    /** Prints the yardstick (before the figures; {@link #after} prints the load again after them). */
    static Yardstick print(Path journal) throws Exception {
        Yardstick y = measure(journal);
        System.out.println(y);
        return y;
    }

    /** The load average once the figures are taken: a run whose load moved a lot says so. */
    static void after() {
        System.out.println("load average after: " + loadAverage());
    }

    /** "12.3 ms = 1.4 × bare frame": a figure beside its yardstick. */
    static String ratio(double ms, double yardstickMs, String yardstick) {
        return String.format(Locale.ROOT, "%.1f × %s", ms / yardstickMs, yardstick);
    }
}
