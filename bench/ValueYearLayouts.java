import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Would another layout of the yearly sums (value_year) make imports faster, and what would reads pay for it?
 * Every import updates one yearly-sum row per (indicator, unit); with `total` in both indexes, each such update
 * writes two new index entries. Layouts compared, each swapped in by renaming a copy inside a transaction that
 * is rolled back (the database is left as it was; the copies are dropped at the end):
 * - current: keys include `total` (index-only reads);
 * - hot: `total` in no index and the table filled to 50 %, so an update stays on its page with no index entry
 *   (a "HOT" update), at the cost of a heap visit per row read;
 * - no unit index: the current key only, without the index by unit.
 * Writes: the upsert of a national month (15 indicators x every commune, 49,815 values), written as ValueService
 * writes it, into a month whose yearly sums exist (creates) and over an imported month (updates), alternating
 * the layouts round after round. Reads: the benchmark's national floor and a province's subtree for every indicator.
 * Usage (bench/value-year-layouts.sh, which compiles it with ImportBreakdown.java): ValueYearLayouts JDBC_URL ROUNDS
 */
public class ValueYearLayouts {

    private static final String NATIONAL = """
            WITH y AS MATERIALIZED (SELECT unit_id, total FROM %s WHERE indicator_id = '%s' AND year = 2023)
            SELECT c.ancestor_id, sum(y.total) FROM y
            JOIN unit_closure c ON c.descendant_id = y.unit_id AND c.valid_from <= '2023-01-01' AND c.valid_to >= '2024-01-01'
            JOIN unit a ON a.id = c.ancestor_id AND a.level = 'PROVINCE'
            GROUP BY 1""";

    private static final String PROVINCE = """
            SELECT y.indicator_id, sum(y.total) FROM unit_closure c JOIN %s y ON y.unit_id = c.descendant_id AND y.year = 2023
            WHERE c.ancestor_id = '%s' AND c.valid_from <= '2023-01-01' AND c.valid_to >= '2024-01-01' GROUP BY 1""";

    /** Layout name -> the table read in its place ("value_year" itself for the ones made by dropping an index). */
    private static final Map<String, String> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("current", "value_year");
        LAYOUTS.put("hot", "value_year_hot_copy");
        LAYOUTS.put("no unit index", "value_year");
    }

    private static String url;

    public static void main(String[] args) throws Exception {
        url = args[0];
        int rounds = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection(url, "postgres", System.getenv().getOrDefault("PGPASSWORD", "postgres")); Statement s = c.createStatement()) {
            String month = ImportBreakdown.one(s, "SELECT max(period_start) FROM data_value d JOIN indicator i ON i.id = d.indicator_id"
                    + " WHERE i.code = 'BENCH-01' AND period_start >= '2028-01-01'");
            if (month == null || month.substring(5, 7).equals("12")) {
                throw new IllegalStateException("run bench/indicators.sh first: it imports January to June of a year after 2027");
            }
            String year = month.substring(0, 4);
            String next = ImportBreakdown.one(s, "SELECT (DATE '" + month + "' + interval '1 month')::date");
            try {
                System.err.println("copying value_year with fillfactor 50 and total in no index...");
                s.execute("CREATE TABLE value_year_hot_copy (LIKE value_year INCLUDING DEFAULTS) WITH (fillfactor = 50)");
                s.execute("INSERT INTO value_year_hot_copy SELECT * FROM value_year ORDER BY indicator_id, year, unit_id");
                s.execute("ALTER TABLE value_year_hot_copy ADD CONSTRAINT value_year_hot_copy_pkey PRIMARY KEY (indicator_id, year, unit_id)");
                s.execute("CREATE INDEX value_year_hot_copy_unit_idx ON value_year_hot_copy (unit_id, year) INCLUDE (indicator_id)");
                s.execute("VACUUM ANALYZE value_year_hot_copy");
                writes(rounds, next, year + "-01-01");
                reads(s, rounds * 10);
            } finally {
                s.execute("DROP TABLE IF EXISTS value_year_hot_copy");
            }
        }
    }

    private static void writes(int rounds, String createMonth, String updateMonth) throws SQLException {
        Map<String, List<double[]>> runs = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (String layout : LAYOUTS.keySet()) {
                double[] create = upsert(layout, createMonth);
                double[] update = upsert(layout, updateMonth);
                runs.computeIfAbsent(layout, k -> new ArrayList<>()).add(new double[]{create[0], create[1], create[2], update[0], update[1], update[2]});
                System.err.printf("round %d, %s: creates %.0f ms, updates %.0f ms%n", r + 1, layout, create[0], update[0]);
            }
        }
        System.out.println("Upsert of a national month (49,815 values), rolled back; median of " + rounds + " rounds:");
        System.out.println();
        System.out.println("| yearly sums | creates ms | creates WAL MB | HOT updates of yearly sums | updates ms | updates WAL MB |");
        System.out.println("|---|---|---|---|---|---|");
        runs.forEach((layout, r) -> System.out.printf("| %s | %.0f | %.0f | %.0f %% | %.0f | %.0f |%n",
                layout, median(r, 0), median(r, 1), median(r, 2), median(r, 3), median(r, 4)));
        System.out.println();
    }

    /** {milliseconds, WAL megabytes, % of yearly-sum updates that were HOT} of one upsert into `month`, rolled back. */
    private static double[] upsert(String layout, String month) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", System.getenv().getOrDefault("PGPASSWORD", "postgres")); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
            c.setAutoCommit(false);
            try {
                s.execute("SET LOCAL work_mem = '64MB'"); // as ValueService sets it for large imports
                ImportBreakdown.stageNationalMonth(s, month);
                if (layout.equals("no unit index")) {
                    s.execute("DROP INDEX value_year_unit_idx");
                } else if (!LAYOUTS.get(layout).equals("value_year")) {
                    // value_year_add() names the table: renamed, the copy receives the sums
                    s.execute("ALTER TABLE value_year RENAME TO value_year_set_aside");
                    s.execute("ALTER TABLE " + LAYOUTS.get(layout) + " RENAME TO value_year");
                }
                String before = ImportBreakdown.one(s, "SELECT pg_current_wal_insert_lsn()");
                long t0 = System.nanoTime();
                s.executeUpdate(ImportBreakdown.UPSERT);
                double ms = (System.nanoTime() - t0) / 1e6;
                double wal = Double.parseDouble(ImportBreakdown.one(s, "SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '" + before + "')")) / 1e6;
                double hot = Double.parseDouble(ImportBreakdown.one(s, "SELECT 100.0 * n_tup_hot_upd / greatest(n_tup_upd, 1) FROM pg_stat_xact_user_tables"
                        + " WHERE relname = 'value_year'"));
                return new double[]{ms, wal, hot};
            } finally {
                c.rollback();
            }
        }
    }

    private static void reads(Statement s, int runs) throws SQLException {
        String indicator = ImportBreakdown.one(s, "SELECT id FROM indicator WHERE code = 'VWU-MEM-NEW'");
        String province = ImportBreakdown.one(s, "SELECT id FROM unit WHERE level = 'PROVINCE' AND code = '01' AND valid_to IS NULL");
        System.out.println("Reads of the yearly sums, 2023 (" + runs + " runs each, the layouts in turn), p50 / p95 ms:");
        System.out.println();
        System.out.println("| yearly sums | national floor, by province | Hà Nội's subtree, every indicator |");
        System.out.println("|---|---|---|");
        Map<String, double[][]> times = new LinkedHashMap<>();
        List<String> readable = List.of("current", "hot"); // dropping an index changes no read of the other layouts' kind
        for (String layout : readable) {
            times.put(layout, new double[2][runs]);
        }
        for (int i = -5; i < runs; i++) {
            for (String layout : readable) {
                String table = LAYOUTS.get(layout);
                double national = timed(s, NATIONAL.formatted(table, indicator));
                double subtree = timed(s, PROVINCE.formatted(table, province));
                if (i >= 0) {
                    times.get(layout)[0][i] = national;
                    times.get(layout)[1][i] = subtree;
                }
            }
        }
        times.forEach((layout, t) -> System.out.printf("| %s | %.1f / %.1f | %.1f / %.1f |%n",
                layout, percentile(t[0], 50), percentile(t[0], 95), percentile(t[1], 50), percentile(t[1], 95)));
    }

    private static double timed(Statement s, String sql) throws SQLException {
        long t0 = System.nanoTime();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rs.getString(1);
            }
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(List<double[]> runs, int column) {
        double[] v = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return v[v.length / 2];
    }

    private static double percentile(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }
}
