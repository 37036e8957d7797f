package dev.kip.domain;

/** What a pain feels like, as the person would say it to a physiotherapist. */
public enum PainCharacter {
    ACHING("aching"), SHARP("sharp"), BURNING("burning"), STIFF("stiff"), TINGLING_NUMB("tingling or numb");

    private final String label;

    PainCharacter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
