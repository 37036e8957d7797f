package dev.kip.report;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.Laterality;
import dev.kip.domain.Night;
import dev.kip.domain.SymptomKind;
import dev.kip.report.ReportModel.Note;
import dev.kip.report.ReportModel.NotesSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The person's own words from the days they marked soreness or pain: the marks' notes and the
 * night notes of those days, whole (the PDF wraps them; it never cuts one). A note written on both
 * sides of a pair on one day (the left and right lower back) is one note. The newest
 * {@value #MAX_NOTES} are kept.
 */
final class NotesPart {

    static final int MAX_NOTES = 12;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NotesPart() {
    }

    /**
     * The marks of one note: the same words, day, kind and area (both sides of a pair share it). Its
     * equals and hashCode are written out, as {@link dev.kip.domain.RegionSymptom} says why.
     */
    private record Key(LocalDate date, SymptomKind kind, String area, String text) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && date.equals(k.date) && kind == k.kind && area.equals(k.area) && text.equals(k.text);
        }

        @Override
        public int hashCode() {
            return ((date.hashCode() * 31 + kind.hashCode()) * 31 + area.hashCode()) * 31 + text.hashCode();
        }
    }

    static NotesSection of(List<BodyMark> marks, List<Night> nights, LocalDate from, LocalDate to) {
        Set<LocalDate> markedDays = new HashSet<>();
        Map<Key, List<BodyMark>> byNote = new LinkedHashMap<>();
        for (BodyMark m : marks) {
            if (m.date().isBefore(from) || m.date().isAfter(to)) {
                continue;
            }
            markedDays.add(m.date());
            String text = flat(m.note());
            if (!text.isEmpty()) {
                byNote.computeIfAbsent(new Key(m.date(), m.kind(), area(m.regionId()), text), k -> new ArrayList<>()).add(m);
            }
        }
        List<Note> notes = new ArrayList<>();
        byNote.forEach((key, same) -> notes.add(new Note(key.date(), about(same), key.text())));
        for (Night n : nights) {
            if (markedDays.contains(n.date()) && !n.note().isBlank()) {
                notes.add(new Note(n.date(), "Night", flat(n.note())));
            }
        }
        notes.sort(Comparator.comparing(Note::date));
        int leftOut = Math.max(0, notes.size() - MAX_NOTES);
        return new NotesSection(notes.subList(leftOut, notes.size()), leftOut);
    }

    /** "Left knee, pain 5", or for both sides of a pair "Left and right lower back, pain 5 and 4". */
    private static String about(List<BodyMark> same) {
        BodyMark first = same.get(0);
        if (same.size() == 2) {
            BodyRegion a = BodyRegions.byId(first.regionId()).orElse(null);
            BodyMark second = same.get(1);
            if (a != null && a.laterality() != Laterality.NONE) {
                BodyMark left = a.laterality() == Laterality.LEFT ? first : second;
                BodyMark right = left == first ? second : first;
                String levels = left.level() == right.level() ? Integer.toString(left.level())
                        : left.level() + " (left) and " + right.level() + " (right)";
                return "Left and right " + a.area().toLowerCase(Locale.ROOT) + suffix(a) + ", " + first.kind().label() + " " + levels;
            }
        }
        return name(first.regionId()) + ", " + first.kind().label() + " " + first.level();
    }

    private static String suffix(BodyRegion r) {
        return r.name().endsWith(")") ? r.name().substring(r.name().lastIndexOf(" (")) : "";
    }

    /** The region id without its side: both sides of a pair share it. */
    private static String area(String regionId) {
        return regionId.endsWith(".L") || regionId.endsWith(".R") ? regionId.substring(0, regionId.length() - 2) : regionId;
    }

    private static String name(String regionId) {
        return BodyRegions.byId(regionId).map(BodyRegion::name).orElse(regionId);
    }

    /** Whitespace collapsed into single spaces. */
    static String flat(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }
}
