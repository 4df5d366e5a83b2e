package org.biannian.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.biannian.calendar.Precision;
import org.biannian.parallels.DateAgreement;
import org.biannian.parallels.Difference;
import org.biannian.parallels.Parallel;
import org.biannian.parallels.PassageDate;
import org.biannian.text.Span;

/**
 * The {@code parallels} table (docs/schema.md): each chronicle entry's parallel passages, written after an
 * ingest and read back as {@link Parallel} records. Differences and shared names are stored as text, one per
 * line, fields separated by tabs: they are read whole with their parallel, never queried alone.
 */
final class ParallelRows {

    static final String TABLE = """
        CREATE TABLE IF NOT EXISTS parallels (
          chronicle TEXT NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
          entry TEXT NOT NULL, entry_index INTEGER NOT NULL,
          document TEXT NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
          start INTEGER NOT NULL, end INTEGER NOT NULL, core_start INTEGER NOT NULL, core_end INTEGER NOT NULL, text TEXT NOT NULL,
          cited INTEGER NOT NULL, citation TEXT, juan_found INTEGER,
          date_written TEXT, date_julian_year INTEGER, date_month INTEGER, date_leap INTEGER NOT NULL,
          date_first_jdn INTEGER, date_last_jdn INTEGER, date_precision TEXT NOT NULL, date_carried INTEGER NOT NULL,
          date_agreement TEXT NOT NULL, differences TEXT NOT NULL, shared_names TEXT NOT NULL, score REAL NOT NULL,
          PRIMARY KEY (entry, document, start))""";

    private ParallelRows() {
    }

    /** Replaces the parallels of chronicle {@code chronicle} with {@code parallels}. */
    static void put(Connection db, String chronicle, List<Parallel> parallels) throws SQLException {
        try (PreparedStatement del = db.prepareStatement("DELETE FROM parallels WHERE chronicle = ?")) {
            del.setString(1, chronicle);
            del.executeUpdate();
        }
        try (PreparedStatement s = db.prepareStatement("INSERT OR REPLACE INTO parallels (chronicle, entry, entry_index, document,"
                + " start, end, text, cited, citation, juan_found, date_written, date_julian_year, date_month, date_leap,"
                + " date_first_jdn, date_last_jdn, date_precision, date_carried, date_agreement, differences, shared_names, score,"
                + " core_start, core_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Parallel p : parallels) {
                PassageDate d = p.date();
                s.setString(1, chronicle);
                s.setString(2, p.entry());
                s.setInt(3, p.entryIndex());
                s.setString(4, p.document());
                s.setInt(5, p.span().start());
                s.setInt(6, p.span().end());
                s.setString(7, p.text());
                s.setInt(8, p.cited() ? 1 : 0);
                s.setString(9, p.citation());
                setInteger(s, 10, p.juanFound());
                s.setString(11, d.written());
                setInteger(s, 12, d.lunarYear());
                setInteger(s, 13, d.month());
                s.setInt(14, d.leap() ? 1 : 0);
                setInteger(s, 15, d.firstJdn());
                setInteger(s, 16, d.lastJdn());
                s.setString(17, d.precision().name());
                s.setInt(18, d.carried() ? 1 : 0);
                s.setString(19, p.dateAgreement().name());
                StringBuilder differences = new StringBuilder();
                for (Difference f : p.differences()) {
                    differences.append(f.kind()).append('\t').append(clean(f.entryText())).append('\t').append(clean(f.sourceText()))
                            .append('\t').append(f.entrySpan().start()).append('\t').append(f.entrySpan().end())
                            .append('\t').append(f.sourceSpan().start()).append('\t').append(f.sourceSpan().end()).append('\n');
                }
                s.setString(20, differences.toString());
                s.setString(21, String.join("\n", p.sharedNames()));
                s.setDouble(22, p.score());
                s.setInt(23, p.core().start());
                s.setInt(24, p.core().end());
                s.executeUpdate();
            }
        }
    }

    /** The stored parallels of chronicle {@code chronicle} (every chronicle when null), in entry order. */
    static List<Parallel> read(Connection db, String chronicle) throws SQLException {
        String sql = "SELECT entry, entry_index, document, start, end, text, cited, citation, juan_found, date_written,"
                + " date_julian_year, date_month, date_leap, date_first_jdn, date_last_jdn, date_precision, date_carried,"
                + " date_agreement, differences, shared_names, score, core_start, core_end FROM parallels"
                + (chronicle == null ? "" : " WHERE chronicle = ?") + " ORDER BY chronicle, entry_index, cited DESC, score DESC, document, start";
        List<Parallel> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            if (chronicle != null) {
                s.setString(1, chronicle);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    PassageDate date = new PassageDate(r.getString(10), integer(r, 11), integer(r, 12), r.getInt(13) == 1,
                            integer(r, 14), integer(r, 15), Precision.valueOf(r.getString(16)), r.getInt(17) == 1);
                    List<Difference> differences = new ArrayList<>();
                    for (String line : r.getString(19).split("\n")) {
                        if (line.isEmpty()) {
                            continue;
                        }
                        String[] f = line.split("\t", -1);
                        differences.add(new Difference(Difference.Kind.valueOf(f[0]), f[1], f[2],
                                new Span(Integer.parseInt(f[3]), Integer.parseInt(f[4])),
                                new Span(Integer.parseInt(f[5]), Integer.parseInt(f[6]))));
                    }
                    List<String> shared = r.getString(20).isEmpty() ? List.of() : Arrays.asList(r.getString(20).split("\n"));
                    out.add(new Parallel(r.getString(1), r.getInt(2), r.getString(3), new Span(r.getInt(4), r.getInt(5)),
                            new Span(r.getInt(22), r.getInt(23)), r.getString(6), r.getInt(7) == 1, r.getString(8), integer(r, 9), date,
                            DateAgreement.valueOf(r.getString(18)), differences, shared, r.getDouble(21)));
                }
            }
        }
        return out;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    private static void setInteger(PreparedStatement s, int column, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(column, Types.INTEGER);
        } else {
            s.setInt(column, value);
        }
    }

    private static Integer integer(ResultSet r, int column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }
}
