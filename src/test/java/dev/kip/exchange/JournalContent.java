package dev.kip.exchange;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of every table (and the schema) of a closed journal file as text, for "nothing changed" checks. */
public final class JournalContent {

    private JournalContent() {
    }

    public static String dump(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            StringBuilder out = new StringBuilder();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(": ").append(rs.getString(3)).append('\n');
                    if ("table".equals(rs.getString(1))) {
                        tables.add(rs.getString(2));
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1, 2")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        out.append(table).append(':');
                        for (int i = 1; i <= columns; i++) {
                            out.append(' ').append(rs.getString(i));
                        }
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot dump " + file, e);
        }
    }
}
