package dev.kip.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What to summarise: the days {@code from} … {@code to} (both included), the sections wanted, the
 * name to print, the person's question for the physiotherapist and their treatment notes (each
 * blank for none).
 */
public record ReportRequest(LocalDate from, LocalDate to, Set<ReportSection> sections, String name, String question,
                            String treatment) {

    /** Settings keys of the question and the treatment notes the person last entered (the Report view keeps them). */
    public static final String QUESTION_SETTING = "report.question";
    public static final String TREATMENT_SETTING = "report.treatment";

    public ReportRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("report range: 'from' (" + from + ") is after 'to' (" + to + ")");
        }
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
        name = name == null ? "" : name.strip();
        question = question == null ? "" : question.strip();
        treatment = treatment == null ? "" : treatment.strip();
    }

    /** A summary without a question or treatment notes. */
    public ReportRequest(LocalDate from, LocalDate to, Set<ReportSection> sections, String name) {
        this(from, to, sections, name, "", "");
    }

    /** The same summary with the person's question for the physiotherapist and their treatment notes. */
    public ReportRequest withNotes(String newQuestion, String newTreatment) {
        return new ReportRequest(from, to, sections, name, newQuestion, newTreatment);
    }

    /** Every section. */
    public static ReportRequest all(LocalDate from, LocalDate to, String name) {
        return new ReportRequest(from, to, EnumSet.allOf(ReportSection.class), name);
    }

    public boolean wants(ReportSection section) {
        return sections.contains(section);
    }

    /** Days in the range, both ends included. */
    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
