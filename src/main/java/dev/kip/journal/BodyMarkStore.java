package dev.kip.journal;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.PainCharacter;
import dev.kip.domain.PainDetails;
import dev.kip.domain.PainTiming;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.TrainingEffect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Soreness and pain marks (with a pain mark's details): at most one per (date, region, kind). */
public final class BodyMarkStore {
    private static final String COLUMNS = "date, region_id, kind, level, note, next_morning, pain_character, pain_timing,"
            + " training_effect";
    private final Journal journal;

    public BodyMarkStore(Journal journal) {
        this.journal = journal;
    }

    /** Adds the mark or replaces that day's mark for the region and kind. */
    public void put(BodyMark m) {
        putAll(List.of(m));
    }

    /** Adds or replaces several marks in one transaction: all are saved, or none (e.g. "copy yesterday"). */
    public void putAll(List<BodyMark> marks) {
        for (BodyMark m : marks) {
            BodyRegions.require(m.regionId());
            if (m.level() < 0 || m.level() > 10) {
                throw new JournalException("Level " + m.level() + " for " + m.regionId() + " is outside 0–10.");
            }
        }
        journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT OR REPLACE INTO body_marks (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)")) {
                for (BodyMark m : marks) {
                    PainDetails d = m.details();
                    Sql.bind(ps, m.date(), m.regionId(), m.kind(), m.level(), m.note(), m.nextMorning(), d.character(), d.timing(),
                            d.effect());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Removes the marks of a region on a day (both kinds when {@code kind} is null); true when any were removed. */
    public boolean clear(LocalDate date, String regionId, SymptomKind kind) {
        return journal.transaction(() -> {
            String sql = "DELETE FROM body_marks WHERE date = ? AND region_id = ?" + (kind == null ? "" : " AND kind = ?");
            try (PreparedStatement ps = journal.connection().prepareStatement(sql)) {
                if (kind == null) {
                    Sql.bind(ps, date, regionId);
                } else {
                    Sql.bind(ps, date, regionId, kind);
                }
                return ps.executeUpdate() > 0;
            }
        });
    }

    public List<BodyMark> on(LocalDate date) {
        return between(date, date);
    }

    /** Every mark in the journal, oldest first (dates are four-digit years, so this range holds them all). */
    public List<BodyMark> all() {
        return between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    }

    /** Marks with from ≤ date ≤ to, oldest first. */
    public List<BodyMark> between(LocalDate from, LocalDate to) {
        return query("SELECT " + COLUMNS + " FROM body_marks WHERE date BETWEEN ? AND ? ORDER BY date, region_id, kind", from, to);
    }

    /** One region's marks with from ≤ date ≤ to, oldest first. */
    public List<BodyMark> history(String regionId, LocalDate from, LocalDate to) {
        return query("SELECT " + COLUMNS + " FROM body_marks WHERE region_id = ? AND date BETWEEN ? AND ? ORDER BY date, kind",
                regionId, from, to);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private List<BodyMark> query(String sql, Object... args) {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(sql)) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    List<BodyMark> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new BodyMark(Sql.date(rs, "date"), Sql.regionId(rs.getString("region_id")), SymptomKind.valueOf(rs.getString("kind")),
                                rs.getInt("level"), rs.getString("note"), rs.getInt("next_morning") != 0, new PainDetails(
                                        named(PainCharacter.class, rs.getString("pain_character")),
                                        named(PainTiming.class, rs.getString("pain_timing")),
                                        named(TrainingEffect.class, rs.getString("training_effect")))));
                    }
                    return out;
                }
            }
        });
    }
}
