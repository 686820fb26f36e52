import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * National-scale indicator benchmark. Generates (if absent) monthly values 2021-01..2026-12 for every commune
 * union before and after the 2025 reform for 50 indicators (about 30 million values) plus yearly targets, then
 * measures through HTTP, with the hand-written SQL of the same answer as the floor:
 * national roll-up by province (a year, and nine months read month by month), the same year restated to
 * 2025-07-01, an achievement report, 12-month series,
 * and bulk import throughput.
 *
 * Usage (bench/indicators.sh does this): java -cp postgresql.jar bench/IndicatorBench.java BASE_URL JDBC_URL [runs]
 */
public class IndicatorBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build(); // as browsers speak to it (no h2c upgrade attempts)
    private static String base;
    private static final int WARM_UP = Integer.parseInt(System.getenv().getOrDefault("VWU_BENCH_WARM_UP", "50"));
    private static final long WARM_UP_SECONDS = Long.parseLong(System.getenv().getOrDefault("VWU_BENCH_WARM_UP_SECONDS", "15"));

    public static void main(String[] args) throws Exception {
        base = args[0];
        String jdbc = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", System.getenv().getOrDefault("PGPASSWORD", "postgres"))) {
            // Generated data is not audited row by row (as the app's own bulk loads).
            try (Statement off = c.createStatement()) {
                off.execute("SET vwu.audit = 'off'");
            }
            generate(c);
            String central = one(c, "SELECT id::text FROM unit WHERE level = 'CENTRAL'");
            String province = one(c, "SELECT id::text FROM unit WHERE level = 'PROVINCE' AND code = '01' AND valid_to IS NULL");
            String commune = one(c, "SELECT id::text FROM unit WHERE level = 'COMMUNE' AND code = '00004' AND valid_from < '2025-01-01'");
            String memNew = one(c, "SELECT id::text FROM indicator WHERE code = 'VWU-MEM-NEW'");

            System.out.println("| query | p50 ms | p95 ms | p99 ms | raw SQL p50 ms | raw SQL p95 ms |");
            System.out.println("|---|---|---|---|---|---|");
            // The floor is the fastest hand-written SQL for the same answer: the yearly partial sums of 2023
            // (no unit changed place during 2023, so no monthly fallback is needed), read by (indicator, year) first:
            // left to the planner, the same query sometimes probed the key 10,000 times instead (15 -> 40 ms).
            String floorByProvince = """
                    WITH y AS MATERIALIZED (SELECT unit_id, total FROM value_year WHERE indicator_id = '%s' AND year = 2023)
                    SELECT c.ancestor_id, sum(y.total) FROM y
                    JOIN unit_closure c ON c.descendant_id = y.unit_id AND c.valid_from <= '2023-01-01' AND c.valid_to >= '2024-01-01'
                    JOIN unit a ON a.id = c.ancestor_id AND a.level = 'PROVINCE'
                    GROUP BY 1""".formatted(memNew);
            row("national roll-up of VWU-MEM-NEW for 2023 by province (63 rows)", runs,
                    () -> get("/api/v1/analytics/values?indicator=VWU-MEM-NEW&period=2023&by=children&unitId=" + central),
                    () -> sql(c, floorByProvince));
            row("the same restated to the 2025-07-01 structure (34 rows)", runs,
                    () -> get("/api/v1/analytics/values?indicator=VWU-MEM-NEW&period=2023&by=children&structureAsOf=2025-07-01&unitId=" + central),
                    null);
            // Not whole years: no yearly sums, every month of every commune is read. The floor adds each unit's
            // months first, then the units by province (no unit changed place during 2023).
            String floorNineMonths = """
                    WITH d AS MATERIALIZED (SELECT unit_id, sum(value) AS total FROM data_value WHERE indicator_id = '%s'
                      AND period_start >= '2023-01-01' AND period_start < '2023-10-01' AND period_end <= '2023-10-01' GROUP BY 1)
                    SELECT c.ancestor_id, sum(d.total) FROM d
                    JOIN unit_closure c ON c.descendant_id = d.unit_id AND c.valid_from <= '2023-01-01' AND c.valid_to >= '2023-10-01'
                    JOIN unit a ON a.id = c.ancestor_id AND a.level = 'PROVINCE'
                    GROUP BY 1""".formatted(memNew);
            row("national roll-up of VWU-MEM-NEW for January–September 2023 by province (month by month)", runs,
                    () -> get("/api/v1/analytics/values?indicator=VWU-MEM-NEW&period=2023-01-01..2023-09-30&by=children&unitId=" + central),
                    () -> sql(c, floorNineMonths));
            row("achievement report, all indicators, Hà Nội, 2026", runs,
                    () -> get("/api/v1/analytics/achievement?period=2026&unitId=" + province), null);
            String floorSeries = """
                    SELECT period_start, sum(value) FROM data_value WHERE indicator_id = '%s' AND unit_id = '%s'
                    AND period_start >= '2023-01-01' AND period_start < '2024-01-01' AND period_end <= '2024-01-01' GROUP BY 1 ORDER BY 1""".formatted(memNew, commune);
            row("12-month series of one commune, 2023", runs,
                    () -> get("/api/v1/analytics/values?indicator=VWU-MEM-NEW&period=2023&by=period&unitId=" + commune),
                    () -> sql(c, floorSeries));
            // A province's months read its communes' values month by month (no yearly sums): a flow and a stock.
            row("12-month series of Hà Nội, 2023, a flow (VWU-MEM-NEW) and a stock (BENCH-05)", runs,
                    () -> get("/api/v1/analytics/values?indicator=VWU-MEM-NEW,BENCH-05&period=2023&by=period&unitId=" + province), null);
            bulkImport(c);
        }
    }

    private static void generate(Connection c) throws Exception {
        long existing = Long.parseLong(one(c, "SELECT count(*) FROM data_value"));
        if (existing > 1_000_000) {
            // As autovacuum does after a load: visibility maps make the covering indexes index-only.
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE data_value");
                s.execute("VACUUM ANALYZE value_year");
            }
            System.out.printf("- dataset present: %,d values (vacuumed before measuring)%n", existing);
            return;
        }
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO indicator (id, code, name, name_en, unit_of_measure, value_type, decimals, higher_is_better, reporting_levels,
                                           period_type, unit_aggregation, time_aggregation, min_value)
                    SELECT md5('bench:' || n)::uuid, 'BENCH-' || lpad(n::text, 2, '0'), 'Chỉ tiêu đo hiệu năng ' || n, 'Benchmark indicator ' || n,
                           'count', 'INTEGER', 0, true, '{COMMUNE}', 'MONTH', 'SUM', CASE WHEN n % 5 = 0 THEN 'LAST' ELSE 'SUM' END, 0
                    FROM generate_series(1, 49) n ON CONFLICT DO NOTHING""");
            s.execute("DROP INDEX IF EXISTS data_value_unit_idx");
            s.execute("CREATE TEMP TABLE months AS SELECT m::date AS s, (m + interval '1 month')::date AS e"
                    + " FROM generate_series('2021-01-01'::date, '2026-12-01'::date, interval '1 month') m");
        }
        List<String> indicators = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id::text FROM indicator WHERE code = 'VWU-MEM-NEW' OR code LIKE 'BENCH-%' ORDER BY code")) {
            while (rs.next()) {
                indicators.add(rs.getString(1));
            }
        }
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO data_value (indicator_id, unit_id, period_start, period_end, value, source)
                SELECT CAST(? AS uuid), u.id, m.s, m.e, abs(hashtext(u.id::text || m.s::text || ?)) % 100, 'IMPORTED'
                FROM unit u JOIN months m ON u.valid_from <= m.s AND (u.valid_to IS NULL OR u.valid_to >= m.e)
                WHERE u.level = 'COMMUNE' AND u.code NOT LIKE '%-%'
                ORDER BY m.s, u.id""")) {
            for (String id : indicators) {
                ps.setString(1, id);
                ps.setString(2, id);
                rows += ps.executeUpdate();
            }
        }
        long t1 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE value_year");
            s.execute("CREATE INDEX data_value_unit_idx ON data_value (unit_id, period_start, indicator_id) INCLUDE (period_end, value)");
            s.execute("""
                    INSERT INTO target (indicator_id, unit_id, period_type, period_start, period_end, value)
                    SELECT i.id, u.id, 'YEAR', make_date(y, 1, 1), make_date(y + 1, 1, 1), 40000 + abs(hashtext(u.code || i.code || y)) % 20000
                    FROM indicator i CROSS JOIN unit u CROSS JOIN generate_series(2021, 2026) y
                    WHERE (i.code = 'VWU-MEM-NEW' OR i.code LIKE 'BENCH-%') AND u.level = 'PROVINCE'
                      AND u.valid_from <= make_date(y, 1, 1) AND (u.valid_to IS NULL OR u.valid_to > make_date(y, 1, 1))
                    ON CONFLICT DO NOTHING""");
            s.execute("ANALYZE");
        }
        long t2 = System.nanoTime();
        System.out.printf("- generated %,d values for %d indicators in %.0f s (insert %.0f s, index and targets %.0f s)%n",
                rows, indicators.size(), (t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        System.out.printf("- database size: %s%n", one(c, "SELECT pg_size_pretty(pg_database_size(current_database()))"));
    }

    private static void bulkImport(Connection c) throws Exception {
        List<String> communes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id::text FROM unit WHERE level = 'COMMUNE' AND valid_to IS NULL AND valid_from <= '2025-07-01' AND code NOT LIKE '%-%'")) {
            while (rs.next()) {
                communes.add(rs.getString(1));
            }
        }
        List<String> codes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code FROM indicator WHERE code LIKE 'BENCH-%' ORDER BY code LIMIT 15")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        // Fresh months every run (a year after 2027 with no values yet), so the first pass really creates rows; the
        // next passes write other values into the same months, so they really update them.
        String free = one(c, "SELECT min(y) FROM generate_series(2028, 2100) y WHERE NOT EXISTS (SELECT 1 FROM data_value d"
                + " JOIN indicator i ON i.id = d.indicator_id WHERE i.code = '" + codes.get(0) + "' AND d.period_start = make_date(y, 1, 1))");
        if (free == null) {
            throw new IllegalStateException("every year 2028-2100 has import values already: start from a fresh dataset (rm -rf the bench directory)");
        }
        int year = Integer.parseInt(free);
        System.out.println();
        importPass("create", communes, codes, year, 1, 1);
        importPass("update", communes, codes, year, 2, 1);
        importPass("update", communes, codes, year, 3, 2);
    }

    /**
     * Six months of the national commune set; with several clients, each month is split between them (every
     * client sends its share of the communes, as provincial systems would) and the shares are sent at once.
     */
    private static void importPass(String label, List<String> communes, List<String> codes, int year, int salt, int clients) throws Exception {
        int requests = 6;
        long values = 0;
        long created = 0;
        long updated = 0;
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        for (int r = 0; r < requests; r++) {
            String period = "%d-%02d".formatted(year, r + 1);
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (int part = 0; part < clients; part++) {
                StringBuilder body = new StringBuilder("{\"values\":[");
                boolean first = true;
                for (String code : codes) {
                    for (int u = part; u < communes.size(); u += clients) {
                        String unit = communes.get(u);
                        body.append(first ? "" : ",").append("{\"indicator\":\"").append(code).append("\",\"unitId\":\"").append(unit)
                                .append("\",\"period\":\"").append(period).append("\",\"value\":").append(((unit.hashCode() + salt) & 0xff) + salt).append('}');
                        first = false;
                        values++;
                    }
                }
                body.append("]}");
                answers.add(senders.submit(() -> put(body.toString())));
            }
            for (java.util.concurrent.Future<String> answer : answers) {
                String res = answer.get();
                created += Long.parseLong(res.replaceAll(".*\"created\":(\\d+).*", "$1"));
                updated += Long.parseLong(res.replaceAll(".*\"updated\":(\\d+).*", "$1"));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        senders.shutdown();
        System.out.printf("- bulk import (%s) through PUT /api/v1/values: %,d values (%,d created, %,d updated) in %d requests of %,d%s, %.1f s: **%,.0f values/s**%n",
                label, values, created, updated, requests * clients, values / requests / clients,
                clients == 1 ? "" : " (" + clients + " clients at once)", seconds, values / seconds);
    }

    private static String put(String body) throws Exception {
        HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/values")).header("Authorization", "Bearer " + System.getenv("VWU_TOKEN"))
                        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException(res.statusCode() + ": " + res.body().substring(0, Math.min(500, res.body().length())));
        }
        return res.body();
    }

    private static void row(String name, int runs, Callable<Object> api, Callable<Object> floor) throws Exception {
        double[][] both = time(api, floor, runs);
        double[] a = both[0];
        double[] f = both[1];
        System.out.printf("| %s | %.1f | %.1f | %.1f | %s | %s |%n", name, a[0], a[1], a[2],
                f == null ? "–" : "%.1f".formatted(f[0]), f == null ? "–" : "%.1f".formatted(f[1]));
    }

    /**
     * p50/p95/p99 of the API call and of its floor (null: none). The two are called in turn, call after call, so
     * that both meet the same machine: measured one series after the other, an autovacuum or checkpoint during one
     * of them made the ratio anything from 1.5 to 4.
     */
    private static double[][] time(Callable<Object> api, Callable<Object> floor, int runs) throws Exception {
        // A server answers warm: each query is called for WARM_UP_SECONDS (default 15) and at least WARM_UP times
        // before it is measured. With three warm-up calls a freshly started backend spent ~7 ms of a 3 ms request in
        // interpreted code (GET /session: 10 ms cold, 3 ms warm); with 3 s, the national roll-up (the first query)
        // was still getting faster: p50 of successive 400-call batches on a fresh backend 18.9, 16.0, 16.6, 12.9 ms
        // (two cores: the JIT's compiler threads share them with the server and PostgreSQL).
        long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        for (int i = 0; i < WARM_UP || System.nanoTime() < warmUntil; i++) {
            api.call();
            if (floor != null) {
                floor.call();
            }
        }
        double[] a = new double[runs];
        double[] f = new double[runs];
        for (int i = 0; i < runs; i++) {
            a[i] = timed(api);
            if (floor != null) {
                f[i] = timed(floor);
            }
        }
        return new double[][]{percentiles(a), floor == null ? null : percentiles(f)};
    }

    private static double timed(Callable<Object> call) throws Exception {
        long t0 = System.nanoTime();
        call.call();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double[] percentiles(double[] ms) {
        Arrays.sort(ms);
        return new double[]{pct(ms, 0.50), pct(ms, 0.95), pct(ms, 0.99)};
    }

    private static double pct(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    }

    private static Object get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + System.getenv("VWU_TOKEN")).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + path + ": " + r.body());
        }
        return r.body();
    }

    private static Object sql(Connection c, String sql) throws Exception {
        int n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    private static String one(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
