import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Generates ~1 M activities (20 a year per commune union, 2021–2026, pre-reform communes until 2025-06-30 and
 * post-reform ones after), then times subtree searches, summaries, exports and derived-indicator roll-ups through
 * the API, each next to the equivalent hand-written SQL where there is one (the floor).
 */
public class ActivityBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String base;

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
            String hanoi = one(c, "SELECT id::text FROM unit WHERE level = 'PROVINCE' AND code = '01' AND valid_to IS NULL");
            String thanhHoaOld = one(c, "SELECT id::text FROM unit WHERE level = 'PROVINCE' AND code = '38' AND valid_from < '2025-07-01'");
            System.out.println("| query | p50 ms | p95 ms | p99 ms | raw SQL p50 ms | raw SQL p95 ms |");
            System.out.println("|---|---|---|---|---|---|");
            String floorSearch = """
                    SELECT a.id, count(*) OVER () FROM activity a
                    JOIN unit_closure c ON c.ancestor_id = '%s' AND c.descendant_id = a.unit_id
                         AND c.valid_from <= a.activity_date AND c.valid_to > a.activity_date
                    WHERE a.activity_date >= '2026-01-01' AND a.activity_date < '2027-01-01'
                    ORDER BY a.starts_at DESC, a.id LIMIT 50""".formatted(hanoi);
            System.out.printf("- Hà Nội (since 2025-07-01) has %s activities in 2026; Thanh Hóa (before the reform) %s in 2023%n",
                    one(c, floorSearch.replace("a.id, count(*) OVER ()", "count(*)").replace("ORDER BY a.starts_at DESC, a.id LIMIT 50", "")),
                    one(c, floorSearch.replace("a.id, count(*) OVER ()", "count(*)").replace("ORDER BY a.starts_at DESC, a.id LIMIT 50", "")
                            .replace(hanoi, thanhHoaOld).replace("2026-01-01", "2023-01-01").replace("2027-01-01", "2024-01-01")));
            System.out.println();
            row("subtree search: Hà Nội, 2026, first page of 50 with total", runs,
                    () -> get("/api/v1/activities?period=2026&unitId=" + hanoi), () -> sql(c, floorSearch));
            row("subtree search: Thanh Hóa (pre-reform province), 2023, first page", runs,
                    () -> get("/api/v1/activities?period=2023&unitId=" + thanhHoaOld), null);
            row("subtree search with words (\"truyen thong tre em\"): Hà Nội, 2026", runs,
                    () -> get("/api/v1/activities?period=2026&q=" + URLEncoder.encode("truyen thong tre em", StandardCharsets.UTF_8)
                            + "&unitId=" + hanoi), null);
            row("summary by child unit: Hà Nội, 2026", runs,
                    () -> get("/api/v1/activities/summary?groupBy=CHILD&period=2026&unitId=" + hanoi), null);
            row("summary by type: whole country, 2023", runs,
                    () -> get("/api/v1/activities/summary?groupBy=TYPE&period=2023&unitId=" + central), null);
            row("derived indicator VWU-ACT-ALL, national roll-up by province, 2023", runs,
                    () -> get("/api/v1/analytics/values?indicator=VWU-ACT-ALL&period=2023&by=children&unitId=" + central), null);
            row("XLSX export: Hà Nội, 2026-Q1", Math.max(5, runs / 5),
                    () -> get("/api/v1/activities/export?format=xlsx&period=2026-Q1&unitId=" + hanoi), null);
        }
    }

    private static void generate(Connection c) throws Exception {
        long existing = Long.parseLong(one(c, "SELECT count(*) FROM activity"));
        if (existing >= 900_000) {
            System.out.printf("- dataset: %,d activities (reused)%n", existing);
            return;
        }
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("SET work_mem = '256MB'");
            s.execute("SET maintenance_work_mem = '512MB'");
            s.executeUpdate("""
                    INSERT INTO activity (id, unit_id, title, type_code, starts_at, ends_at, activity_date, participants, participants_women,
                                          participants_men, cost, funds, description, status, demo, search_text)
                    SELECT gen_random_uuid(), w.id, t.title, t.code, x.d + time '08:00' - interval '7 hours', x.d + time '11:00' - interval '7 hours',
                           x.d, x.p, x.p * 9 / 10, x.p / 10, x.p * 10000, CASE WHEN t.code = 'CHARITY_HOUSE' THEN 60000000 END,
                           'Hoạt động do ' || w.name || ' tổ chức', CASE WHEN x.d > current_date THEN 'PLANNED' ELSE 'DONE' END, true,
                           lower(t.folded || ' hoat dong do ' || w.code || ' to chuc')
                    FROM (SELECT id, code, name, greatest(valid_from, DATE '2021-01-01') AS s,
                                 least(coalesce(valid_to, DATE '2027-01-01'), DATE '2027-01-01') AS e
                          FROM unit WHERE level = 'COMMUNE' AND NOT demo AND code NOT LIKE '%-%'
                            AND coalesce(valid_to, DATE '2027-01-01') > DATE '2021-01-01') w
                    CROSS JOIN LATERAL generate_series(1, greatest(1, ((w.e - w.s) * 20 / 365))) g
                    CROSS JOIN LATERAL (SELECT w.s + (random() * (w.e - w.s - 1))::int AS d, 10 + (random() * 190)::int AS p, (random() * 6)::int AS k
                                        WHERE g > 0) x -- g makes it run per activity, not once per commune
                    JOIN (VALUES (0, 'COMMUNICATION', 'Truyền thông Luật Trẻ em năm 2016', 'truyen thong luat tre em nam 2016'),
                                 (1, 'COMMUNICATION', 'Truyền thông phòng, chống bạo lực gia đình', 'truyen thong phong, chong bao luc gia dinh'),
                                 (2, 'TRAINING', 'Tập huấn chuyển đổi số cho chi hội trưởng', 'tap huan chuyen doi so cho chi hoi truong'),
                                 (3, 'VISIT_GIFTS', 'Thăm, tặng quà hội viên khó khăn', 'tham, tang qua hoi vien kho khan'),
                                 (4, 'CHARITY_HOUSE', 'Bàn giao nhà Mái ấm tình thương', 'ban giao nha mai am tinh thuong'),
                                 (5, 'MEETING', 'Hội nghị sơ kết', 'hoi nghi so ket'),
                                 (6, 'CLUB_MODEL', 'Ra mắt Tổ truyền thông cộng đồng', 'ra mat to truyen thong cong dong'))
                         AS t (k, code, title, folded) ON t.k = x.k""");
            s.executeUpdate("""
                    INSERT INTO activity_programme (activity_id, programme_id)
                    SELECT a.id, p.id FROM activity a JOIN programme p ON p.code = 'DA8'
                    WHERE a.demo AND a.type_code IN ('CLUB_MODEL', 'COMMUNICATION') AND a.activity_date <= DATE '2030-12-31'
                      AND get_byte(uuid_send(a.id), 0) < 80""");
            long inserted = System.nanoTime();
            s.execute("SELECT refresh_derived_values(NULL, NULL, NULL)");
            s.execute("VACUUM ANALYZE activity");
            s.execute("VACUUM ANALYZE activity_programme");
            s.execute("VACUUM ANALYZE data_value");
            System.out.printf("- generated %s activities in %.0f s (insert %.0f s, derived figures and vacuum %.0f s)%n",
                    one(c, "SELECT to_char(count(*), 'FM9G999G999') FROM activity"), (System.nanoTime() - t0) / 1e9,
                    (inserted - t0) / 1e9, (System.nanoTime() - inserted) / 1e9);
        }
    }

    private static void row(String name, int runs, Callable<Object> api, Callable<Object> floor) throws Exception {
        double[] a = time(api, runs);
        double[] f = floor == null ? null : time(floor, runs);
        System.out.printf("| %s | %.1f | %.1f | %.1f | %s | %s |%n", name, a[0], a[1], a[2],
                f == null ? "–" : "%.1f".formatted(f[0]), f == null ? "–" : "%.1f".formatted(f[1]));
    }

    private static double[] time(Callable<Object> call, int runs) throws Exception {
        for (int i = 0; i < 3; i++) {
            call.call();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            call.call();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new double[]{pct(ms, 0.50), pct(ms, 0.95), pct(ms, 0.99)};
    }

    private static double pct(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    }

    private static Object get(String path) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + System.getenv("VWU_TOKEN")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + path + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body().length;
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
