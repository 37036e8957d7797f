package dev.kip.cli.archprobe;

import javafx.scene.paint.Color;

/** A deliberate violation for ArchitectureProbeTest: the command line importing JavaFX. */
public final class CliDrawsWithJavaFx {
    public Color colour;
}
