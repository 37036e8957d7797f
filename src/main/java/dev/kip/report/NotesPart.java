package dev.kip.report;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.Night;
import dev.kip.report.ReportModel.Note;
import dev.kip.report.ReportModel.NotesSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The person's own words from the days they marked soreness or pain: the marks' notes and the
 * night notes of those days. The newest {@value #MAX_NOTES} are kept, each cut at a word boundary
 * after {@value #MAX_CHARS} characters, so one long entry cannot push the rest off the page.
 */
final class NotesPart {

    static final int MAX_NOTES = 12;
    static final int MAX_CHARS = 200;

    private NotesPart() {
    }

    static NotesSection of(List<BodyMark> marks, List<Night> nights, LocalDate from, LocalDate to) {
        Set<LocalDate> markedDays = new HashSet<>();
        List<Note> notes = new ArrayList<>();
        for (BodyMark m : marks) {
            if (m.date().isBefore(from) || m.date().isAfter(to)) {
                continue;
            }
            markedDays.add(m.date());
            if (!m.note().isBlank()) {
                String region = BodyRegions.byId(m.regionId()).map(BodyRegion::name).orElse(m.regionId());
                notes.add(new Note(m.date(), region + ", " + m.kind().label() + " " + m.level(), shorten(m.note())));
            }
        }
        for (Night n : nights) {
            if (markedDays.contains(n.date()) && !n.note().isBlank()) {
                notes.add(new Note(n.date(), "Night", shorten(n.note())));
            }
        }
        notes.sort(Comparator.comparing(Note::date));
        int leftOut = Math.max(0, notes.size() - MAX_NOTES);
        return new NotesSection(notes.subList(leftOut, notes.size()), leftOut);
    }

    /** Whitespace collapsed; beyond {@value #MAX_CHARS} characters cut at the last space and ended with "…". */
    static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= MAX_CHARS) {
            return flat;
        }
        String cut = flat.substring(0, MAX_CHARS);
        int space = cut.lastIndexOf(' ');
        return (space > MAX_CHARS / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }
}
