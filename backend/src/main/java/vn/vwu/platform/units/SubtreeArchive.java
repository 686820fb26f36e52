package vn.vwu.platform.units;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything recorded for a unit's subtree — every unit ever below it (at any date), their place in the hierarchy
 * over time, reported values, targets, activities and reports — as a ZIP of CSV files (UTF-8, header row), read in
 * one REPEATABLE READ transaction so the files agree with each other. Reported values and targets use the import
 * format (indicator code, unit id, period code), so `values.csv` can be re-imported with POST /values/import; figures
 * derived from activities are apart in `derived_values.csv`.
 * Streamed by PostgreSQL's COPY into a temporary file, which the caller sends and deletes.
 */
@ApplicationScoped
class SubtreeArchive {

    /** Period codes as the API writes them (Period.code()), from the stored start date and the period type. */
    private static final String PERIOD_CODE = """
            CASE %1$s WHEN 'MONTH' THEN to_char(%2$s, 'YYYY-MM')
                      WHEN 'QUARTER' THEN to_char(%2$s, 'YYYY') || '-Q' || extract(quarter FROM %2$s)
                      WHEN 'HALF_YEAR' THEN to_char(%2$s, 'YYYY') || '-H' || (CASE WHEN extract(month FROM %2$s) <= 6 THEN 1 ELSE 2 END)
                      WHEN 'YEAR' THEN to_char(%2$s, 'YYYY')
                      ELSE to_char(%2$s, 'YYYY') || '-' || to_char(%3$s, 'YYYY') END""";

    private final AgroalDataSource dataSource;

    public SubtreeArchive(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The files of the archive and the query each one is copied from; `:units` is the subtree's id list. */
    private static Map<String, String> files() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("units.csv", """
                SELECT u.id, u.code, u.name, u.level, u.valid_from, u.valid_to FROM unit u
                WHERE u.id IN (:units) ORDER BY u.level, u.code, u.valid_from""");
        f.put("unit_parents.csv", """
                SELECT p.unit_id, p.parent_id, p.valid_from, p.valid_to FROM unit_parent p
                WHERE p.unit_id IN (:units) ORDER BY p.unit_id, p.valid_from""");
        String values = ("""
                SELECT i.code AS indicator, v.unit_id AS unit, %s AS period, v.category_option AS "categoryOption", v.value, v.comment,
                       v.source, v.updated_by, v.updated_at
                FROM data_value v JOIN indicator i ON i.id = v.indicator_id
                WHERE v.unit_id IN (:units) AND v.source %s ORDER BY i.code, v.unit_id, v.period_start, v.category_option""");
        String period = PERIOD_CODE.formatted("i.period_type", "v.period_start", "v.period_end");
        f.put("values.csv", values.formatted(period, "<> 'DERIVED'"));
        // Figures computed from activities: kept for the record, not importable (they follow from activities.csv).
        f.put("derived_values.csv", values.formatted(period, "= 'DERIVED'"));
        f.put("targets.csv", ("""
                SELECT i.code AS indicator, t.unit_id AS unit, %s AS period, t.value, t.comment, t.updated_by, t.updated_at
                FROM target t JOIN indicator i ON i.id = t.indicator_id
                WHERE t.unit_id IN (:units) ORDER BY i.code, t.unit_id, t.period_start""")
                .formatted(PERIOD_CODE.formatted("t.period_type", "t.period_start", "t.period_end")));
        f.put("activities.csv", """
                SELECT a.id, a.unit_id, a.title, a.type_code, a.starts_at, a.ends_at, a.activity_date, a.status,
                       (SELECT string_agg(p.code, ';' ORDER BY p.code) FROM activity_programme ap JOIN programme p ON p.id = ap.programme_id
                        WHERE ap.activity_id = a.id) AS programmes,
                       a.place_unit_id, a.place_text, array_to_string(a.partner_unit_ids, ';') AS partner_units,
                       array_to_string(a.partner_agencies, ';') AS partner_agencies,
                       a.participants, a.participants_women, a.participants_men, a.participants_children,
                       a.participants_ethnic_minority, a.beneficiary_people, a.beneficiary_households, a.cost, a.funds,
                       a.description, a.results, a.demo, a.created_by, a.created_at, a.updated_by, a.updated_at
                FROM activity a WHERE a.unit_id IN (:units) ORDER BY a.activity_date, a.id""");
        f.put("reports.csv", """
                SELECT r.id, f.code AS form, r.unit_id, r.period_start, r.period_end, r.status, r.submitted_at, r.submitted_by,
                       r.decided_at, r.decided_by, r.reason
                FROM report r JOIN report_form f ON f.id = r.form_id
                WHERE r.unit_id IN (:units) ORDER BY r.period_start, r.unit_id, f.code""");
        return f;
    }

    public record Written(Path file, Map<String, Long> rows) {
    }

    /** Writes the archive of `root`'s subtree to a new temporary file (deleted by the caller once sent). */
    public Written write(UUID root, String rootName, String exportedBy) {
        Path file;
        try {
            file = Files.createTempFile("vwu-archive-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = dataSource.getConnection();
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                // the closure holds each unit's own row (depth 0), so this includes the root; `root` is a UUID, safe inline
                String units = "SELECT descendant_id FROM unit_closure WHERE ancestor_id = '" + root + "'";
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                Map<String, Long> rows = new LinkedHashMap<>();
                for (Map.Entry<String, String> f : files().entrySet()) {
                    zip.putNextEntry(new ZipEntry(f.getKey()));
                    String query = f.getValue().replace(":units", units);
                    // copyOut writes and flushes but never closes the stream: the ZIP entry stays open for closeEntry
                    rows.put(f.getKey(), copy.copyOut("COPY (" + query + ") TO STDOUT WITH (FORMAT csv, HEADER, ENCODING 'UTF8')", zip));
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry("README.txt"));
                zip.write(readme(root, rootName, exportedBy, rows).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                return new Written(file, rows);
            } finally {
                c.rollback(); // read only: nothing to keep, and the snapshot is released
            }
        } catch (SQLException e) {
            deleteQuietly(file);
            throw new IllegalStateException("archive of " + root + " failed", e);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless; the original error is what matters
        }
    }

    private static String readme(UUID root, String rootName, String exportedBy, Map<String, Long> rows) {
        StringBuilder s = new StringBuilder("Lưu trữ dữ liệu / Data archive — Hội LHPN Việt Nam\n\n")
                .append("unit: ").append(rootName).append(" (").append(root).append(")\n")
                .append("exported at: ").append(OffsetDateTime.now()).append("\n")
                .append("exported by: ").append(exportedBy).append("\n\n")
                .append("Every unit that was ever below this unit, with its place in the hierarchy over time, and their values,\n")
                .append("targets, activities and reports, read at one instant. CSV, UTF-8, comma-separated, header row.\n")
                .append("values.csv and targets.csv use the import columns (indicator, unit, period, value, comment).\n\n");
        rows.forEach((name, n) -> s.append(name).append(": ").append(n).append(" rows\n"));
        return s.toString();
    }
}
