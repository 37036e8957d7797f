package dev.kip.domain;

/**
 * The person's preferences, stored in the journal. {@code weightStep} is the display rounding
 * of weights (0.1, or the plate-friendly 0.25 / 0.5).
 */
public record Settings(
        MassUnit massUnit,
        TempUnit tempUnit,
        boolean clock24,
        int sleepTargetMin,
        E1rmFormula e1rmFormula,
        String reportName,
        Theme theme,
        Paper paper,
        double weightStep) {

    public static final Settings DEFAULTS = new Settings(MassUnit.KG, TempUnit.C, true, 480, E1rmFormula.EPLEY, "",
            Theme.LIGHT, Paper.A4, 0.1);

    public enum MassUnit { KG, LB }

    public enum TempUnit { C, F }

    public enum E1rmFormula { EPLEY, BRZYCKI }

    public enum Theme { LIGHT, DARK }

    public enum Paper { A4, LETTER }
}
