package dev.kip.domain;

import java.time.LocalDate;

/**
 * An activity the person named for the Patient-Specific Functional Scale ("squat to depth"), from
 * {@code added}; {@code retired} is set when they stop rating it (its ratings stay). {@code id} null until stored.
 */
public record PsfsActivity(Long id, String name, LocalDate added, LocalDate retired) {
    public PsfsActivity {
        name = name == null ? "" : name.strip();
    }

    public boolean isActive() {
        return retired == null;
    }
}
