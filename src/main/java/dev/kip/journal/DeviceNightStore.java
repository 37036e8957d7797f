package dev.kip.journal;

import dev.kip.domain.DeviceNight;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Device-measured nights, one per (date, source). */
public final class DeviceNightStore {
    private final Journal journal;

    public DeviceNightStore(Journal journal) {
        this.journal = journal;
    }

    /** Adds the night unless one from the same source is already stored for that date; true when added. */
    public boolean insertIfAbsent(DeviceNight n) {
        return journal.transaction(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "INSERT OR IGNORE INTO device_nights (date, source, start, end, in_bed_min, asleep_min, awake_min, "
                            + "core_min, deep_min, rem_min, zone) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                Sql.bind(ps, n.date(), n.source(), n.start().toString(), n.end().toString(), n.inBedMin(), n.asleepMin(),
                        n.awakeMin(), n.coreMin(), n.deepMin(), n.remMin(), n.zone().getId());
                return ps.executeUpdate() > 0;
            }
        });
    }

    public boolean exists(LocalDate date, String source) {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT 1 FROM device_nights WHERE date = ? AND source = ?")) {
                Sql.bind(ps, date, source);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The sources that recorded nights, by name. */
    public List<String> sources() {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT DISTINCT source FROM device_nights ORDER BY source");
                 ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    /** Device nights with from ≤ date ≤ to, oldest first. */
    public List<DeviceNight> between(LocalDate from, LocalDate to) {
        return journal.read(() -> {
            try (PreparedStatement ps = journal.connection().prepareStatement(
                    "SELECT * FROM device_nights WHERE date BETWEEN ? AND ? ORDER BY date, source")) {
                Sql.bind(ps, from, to);
                try (ResultSet rs = ps.executeQuery()) {
                    List<DeviceNight> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new DeviceNight(Sql.date(rs, "date"), rs.getString("source"),
                                LocalDateTime.parse(rs.getString("start")), LocalDateTime.parse(rs.getString("end")),
                                rs.getInt("in_bed_min"), Sql.integer(rs, "asleep_min"), rs.getInt("awake_min"),
                                rs.getInt("core_min"), rs.getInt("deep_min"), rs.getInt("rem_min"), ZoneId.of(rs.getString("zone"))));
                    }
                    return out;
                }
            }
        });
    }
}
