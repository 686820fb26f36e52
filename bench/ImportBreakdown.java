import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where a bulk import's database time goes: the upsert of one national month (15 indicators x every commune,
 * 49,815 values) written the way ValueService writes it, with the value triggers switched off one by one. Each
 * variant runs in its own transaction after a CHECKPOINT and is rolled back, so the database is left as it was.
 * Usage (bench/import-breakdown.sh): java ImportBreakdown.java JDBC_URL
 */
public class ImportBreakdown {

    /** The upsert as ValueService writes it, from the staging table `incoming_value`. */
    static final String UPSERT = """
            INSERT INTO data_value AS d (indicator_id, unit_id, period_start, period_end, category_option, value, comment, source)
            SELECT indicator_id, unit_id, period_start, period_end, category_option, value, comment, 'IMPORTED' FROM incoming_value
            ORDER BY indicator_id, period_start, unit_id, category_option
            ON CONFLICT (indicator_id, unit_id, period_start, category_option) DO UPDATE
              SET value = EXCLUDED.value, comment = EXCLUDED.comment, source = EXCLUDED.source,
                  version = d.version + 1, updated_at = now(), updated_by = EXCLUDED.updated_by
              WHERE d.value IS DISTINCT FROM EXCLUDED.value OR d.comment IS DISTINCT FROM EXCLUDED.comment""";

    private static final String[][] VARIANTS = {
            {"everything", ""},
            {"without the history (value_change)", "ALTER TABLE data_value DISABLE TRIGGER data_value_audit_%s"},
            {"without the yearly sums", "ALTER TABLE data_value DISABLE TRIGGER data_value_year_%s"},
            {"without the reference check", "ALTER TABLE data_value DISABLE TRIGGER data_value_references_insert"},
            {"no triggers at all", "ALTER TABLE data_value DISABLE TRIGGER ALL"},
            {"no triggers, no unit index", "ALTER TABLE data_value DISABLE TRIGGER ALL; DROP INDEX data_value_unit_idx"},
    };

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", System.getenv().getOrDefault("PGPASSWORD", "postgres")); Statement s = c.createStatement()) {
            String fresh = one(s, "SELECT min(y) FROM generate_series(2028, 2100) y WHERE NOT EXISTS (SELECT 1 FROM data_value d"
                    + " JOIN indicator i ON i.id = d.indicator_id WHERE i.code = 'BENCH-01' AND d.period_start = make_date(y, 1, 1))");
            String used = one(s, "SELECT max(period_start) FROM data_value d JOIN indicator i ON i.id = d.indicator_id WHERE i.code = 'BENCH-01'"
                    + " AND period_start >= '2028-01-01'");
            if (fresh == null || used == null) {
                throw new IllegalStateException("run bench/indicators.sh first: it generates the dataset and imports a year after 2027");
            }
            System.out.println("| variant | creates ms | creates WAL MB | updates ms | updates WAL MB |");
            System.out.println("|---|---|---|---|---|");
            for (String[] v : VARIANTS) {
                double[] create = run(c, s, fresh + "-01-01", v[1].formatted("insert"));
                double[] update = run(c, s, used, v[1].formatted("update"));
                System.out.printf("| %s | %.0f | %.0f | %.0f | %.0f |%n", v[0], create[0], create[1], update[0], update[1]);
            }
        }
    }

    /** {milliseconds, WAL megabytes} of the upsert into the month starting at `month`, after `setup`; rolled back. */
    private static double[] run(Connection c, Statement s, String month, String setup) throws SQLException {
        c.setAutoCommit(true);
        s.execute("CHECKPOINT");
        c.setAutoCommit(false);
        try {
            stageNationalMonth(s, month);
            for (String statement : setup.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
            String before = one(s, "SELECT pg_current_wal_insert_lsn()");
            long t0 = System.nanoTime();
            s.executeUpdate(UPSERT);
            double ms = (System.nanoTime() - t0) / 1e6;
            double wal = Double.parseDouble(one(s, "SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '" + before + "')")) / 1e6;
            return new double[]{ms, wal};
        } finally {
            c.rollback();
        }
    }

    /** Stages a national month in `incoming_value` (dropped at commit): 15 indicators x every commune, 49,815 values. */
    static void stageNationalMonth(Statement s, String month) throws SQLException {
        s.execute("CREATE TEMP TABLE incoming_value ON COMMIT DROP AS SELECT i.id AS indicator_id, u.id AS unit_id,"
                + " DATE '" + month + "' AS period_start, (DATE '" + month + "' + interval '1 month')::date AS period_end,"
                + " ''::varchar(64) AS category_option, (abs(hashtext(u.id::text || clock_timestamp())) % 300)::numeric AS value, NULL::text AS comment"
                + " FROM (SELECT id FROM indicator WHERE code LIKE 'BENCH-%' ORDER BY code LIMIT 15) i"
                + " CROSS JOIN (SELECT id FROM unit WHERE level = 'COMMUNE' AND valid_to IS NULL AND valid_from <= '2025-07-01' AND code NOT LIKE '%-%') u");
    }

    static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
