import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A mixed cadre workload against a running app on the national-scale dataset, and the fault drills run under it.
 *
 * Each virtual user loops: pick an operation by weight, send it, think (uniform between the given bounds), as a
 * cadre clicking through the app would. 70 % reads — unit tree (children of a province), unit page (unit, ancestors or
 * lineage of a commune), achievement report (a commune's year; one in ten a province's), activity search (commune
 * or province, a quarter) — and 30 % writes — a data-entry save (5 values of one commune-month), a new activity,
 * and a step of the reporting workflow (open, submit, approve, reopen a commune's monthly report). Values are
 * written in the even-numbered provinces, reports in the odd ones, so no write meets a locked report; every user
 * has communes of its own, so no two users race for the same row (races are the concurrency tests' business).
 *
 * Modes (bench/load.sh and bench/faults.sh run them):
 *   load   BASE JDBC APP_PID users,users,… warmupSeconds measureSeconds thinkMinMs thinkMaxMs
 *   outage BASE JDBC APP_PID users seconds stopAfterSeconds downSeconds "pg stop command" "pg start command"
 *   crash  BASE JDBC APP_PID importers killAfterSeconds LOG_FILE        (kill -9 the app during bulk imports)
 *   verify BASE JDBC LOG_FILE                                          (after the restart: all or nothing per import)
 */
public class CadreLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static String base;
    private static String token;

    // fixtures read from the database
    private static List<String> provinces;
    private static List<String> communesForValues;
    private static List<String> communesForReports;
    private static List<String> monthlyIndicators;
    private static List<String> reportMandatory;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        base = args[1];
        token = System.getenv("VWU_TOKEN");
        try (Connection c = DriverManager.getConnection(args[2], "postgres", System.getenv().getOrDefault("PGPASSWORD", "postgres"))) {
            switch (mode) {
                case "load" -> {
                    fixtures(c);
                    long pid = Long.parseLong(args[3]);
                    System.out.println("| users | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors | backend RSS peak MB |");
                    System.out.println("|---|---|---|---|---|---|---|---|");
                    Map<String, List<Long>> byOp = null;
                    int last = 0;
                    for (String u : args[4].split(",")) {
                        last = Integer.parseInt(u);
                        byOp = load(last, Integer.parseInt(args[5]), Integer.parseInt(args[6]), pid, Integer.parseInt(args[7]), Integer.parseInt(args[8]));
                    }
                    System.out.println();
                    System.out.println("Per operation at " + last + " users:");
                    System.out.println();
                    System.out.println("| operation | share | p50 ms | p95 ms | p99 ms |");
                    System.out.println("|---|---|---|---|---|");
                    long total = byOp.values().stream().mapToLong(List::size).sum();
                    for (Map.Entry<String, List<Long>> e : new TreeMap<>(byOp).entrySet()) {
                        long[] v = sorted(e.getValue());
                        System.out.printf("| %s | %.0f %% | %.1f | %.1f | %.1f |%n", e.getKey(), 100.0 * v.length / total, ms(pct(v, 50)), ms(pct(v, 95)), ms(pct(v, 99)));
                    }
                }
                case "outage" -> {
                    fixtures(c);
                    outage(args[2], Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]), args[8], args[9]);
                }
                case "crash" -> {
                    fixtures(c);
                    crash(Long.parseLong(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]), Path.of(args[6]));
                }
                case "verify" -> verify(c, Path.of(args[3]));
                default -> throw new IllegalArgumentException(mode);
            }
        }
    }

    // ---------------------------------------------------------------- the workload

    private static void fixtures(Connection c) throws Exception {
        provinces = column(c, "SELECT id::text FROM unit WHERE level = 'PROVINCE' AND valid_to IS NULL ORDER BY code");
        // even/odd by province: values on one side, reports on the other
        Map<String, List<String>> split = new HashMap<>();
        List<String> provinceOrder = column(c, """
                SELECT u.id::text || ':' || p.code FROM unit u JOIN unit_parent up ON up.unit_id = u.id AND up.valid_to IS NULL
                JOIN unit p ON p.id = up.parent_id WHERE u.level = 'COMMUNE' AND u.valid_to IS NULL ORDER BY p.code, u.code""");
        for (String row : provinceOrder) {
            String[] parts = row.split(":");
            split.computeIfAbsent(Integer.parseInt(parts[1]) % 2 == 0 ? "values" : "reports", k -> new ArrayList<>()).add(parts[0]);
        }
        communesForValues = split.get("values");
        communesForReports = split.get("reports");
        monthlyIndicators = column(c, """
                SELECT code FROM indicator WHERE period_type = 'MONTH' AND derived_measure IS NULL AND active
                AND 'COMMUNE' = ANY (reporting_levels) AND unit_aggregation = 'SUM' AND value_type = 'INTEGER'
                AND cardinality(category_options) = 0 ORDER BY code""");
        // what a commune must enter before submitting its monthly report: code, then its options if it has any
        reportMandatory = column(c, """
                SELECT i.code || ':' || array_to_string(i.category_options, ',') FROM report_form f
                JOIN report_form_indicator fi ON fi.form_id = f.id AND fi.mandatory JOIN indicator i ON i.id = fi.indicator_id
                WHERE f.code = 'BC-THANG' AND 'COMMUNE' = ANY (i.reporting_levels) ORDER BY i.code""");
        if (communesForValues == null || communesForReports == null || monthlyIndicators.size() < 6) {
            throw new IllegalStateException("the dataset lacks communes or monthly indicators");
        }
    }

    /** One user's state: its own communes and its report in progress. */
    private static final class User {
        final int index;
        final int users;
        String report;
        String reportUnit;
        String reportMonth;
        String reportStatus;
        boolean reportFilled;

        User(int index, int users) {
            this.index = index;
            this.users = users;
        }

        /** Users own disjoint slices of the list (when there are fewer users than communes). */
        String own(List<String> list) {
            int slice = Math.max(1, list.size() / users);
            return list.get((index * slice + ThreadLocalRandom.current().nextInt(slice)) % list.size());
        }
    }

    private record Result(String op, long nanos, int status) {
    }

    private static Result step(User u) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int pick = r.nextInt(100);
        String commune = u.own(communesForValues);
        if (pick < 15) {
            return get("tree", "/api/v1/units/" + any(provinces) + "/children?asOf=2026-06-01");
        } else if (pick < 30) {
            String suffix = new String[]{"", "/ancestors", "/lineage"}[r.nextInt(3)];
            return get("unit page", "/api/v1/units/" + commune + suffix);
        } else if (pick < 45) {
            boolean province = r.nextInt(10) == 0;
            return get(province ? "achievement (province)" : "achievement (commune)",
                    "/api/v1/analytics/achievement?unitId=" + (province ? any(provinces) : commune) + "&period=2026");
        } else if (pick < 70) {
            boolean province = r.nextInt(10) < 3;
            return get("activity search", "/api/v1/activities?unitId=" + (province ? any(provinces) : commune)
                    + "&period=2026-Q" + (1 + r.nextInt(4)) + "&size=20");
        } else if (pick < 85) {
            String month = "2026-" + String.format("%02d", 1 + r.nextInt(10));
            List<String> five = new ArrayList<>(monthlyIndicators);
            Collections.shuffle(five, r);
            String rows = five.subList(0, 5).stream().map(i -> "{\"indicator\":\"" + i + "\",\"unitId\":\"" + commune + "\",\"period\":\""
                    + month + "\",\"value\":" + r.nextInt(1, 500) + ",\"comment\":\"Nhập liệu thử tải\"}").collect(Collectors.joining(","));
            return send("save values", "PUT", "/api/v1/values", "{\"values\":[" + rows + "]}");
        } else if (pick < 95) {
            int day = 1 + r.nextInt(28);
            String date = "2026-" + String.format("%02d", 1 + r.nextInt(10)) + "-" + String.format("%02d", day);
            return send("create activity", "POST", "/api/v1/activities", """
                    {"unitId":"%s","title":"Sinh hoạt chi hội: tuyên truyền phòng chống bạo lực gia đình","type":"COMMUNICATION",
                     "startsAt":"%sT08:00:00+07:00","endsAt":"%sT10:00:00+07:00","status":"DONE",
                     "participants":{"total":40,"women":35,"men":5}}""".formatted(commune, date, date));
        } else {
            return reportStep(u);
        }
    }

    /** open → submit → approve → reopen → submit → … on one of the user's communes (odd provinces). */
    private static Result reportStep(User u) {
        if (u.report == null) {
            u.reportMonth = "2026-" + String.format("%02d", 1 + ThreadLocalRandom.current().nextInt(10));
            u.reportUnit = u.own(communesForReports);
            u.reportFilled = false;
            Result res = send("report: open", "POST", "/api/v1/reports",
                    "{\"form\":\"BC-THANG\",\"unitId\":\"" + u.reportUnit + "\",\"period\":\"" + u.reportMonth + "\"}");
            if (res.status == 200 || res.status == 201) {
                u.report = lastBody.get().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
                u.reportStatus = lastBody.get().replaceAll("(?s).*?\"status\":\"([A-Z]+)\".*", "$1");
            }
            return res;
        }
        String path = "/api/v1/reports/" + u.report;
        if (!u.reportFilled && (u.reportStatus.equals("DRAFT") || u.reportStatus.equals("RETURNED"))) {
            // the mandatory figures first, as a cadre fills the form before sending it
            List<String> rows = new ArrayList<>();
            for (String m : reportMandatory) {
                String[] parts = m.split(":", -1);
                for (String option : parts[1].isEmpty() ? new String[]{""} : parts[1].split(",")) {
                    rows.add("{\"indicator\":\"" + parts[0] + "\",\"unitId\":\"" + u.reportUnit + "\",\"period\":\"" + u.reportMonth
                            + "\",\"value\":" + ThreadLocalRandom.current().nextInt(100, 900)
                            + (option.isEmpty() ? "" : ",\"categoryOption\":\"" + option + "\"") + "}");
                }
            }
            Result res = send("report: enter values", "PUT", "/api/v1/values", "{\"values\":[" + String.join(",", rows) + "]}");
            u.reportFilled = res.status == 200;
            if (res.status != 200) {
                u.report = null;
            }
            return res;
        }
        Result res = switch (u.reportStatus) {
            case "DRAFT", "RETURNED" -> send("report: submit", "POST", path + "/submit", null);
            case "SUBMITTED" -> send("report: approve", "POST", path + "/approve", null);
            default -> send("report: reopen", "POST", path + "/reopen", "{\"reason\":\"Rà soát lại số liệu\"}");
        };
        if (res.status == 200) {
            u.reportStatus = lastBody.get().replaceAll("(?s).*?\"status\":\"([A-Z]+)\".*", "$1");
            if (u.reportStatus.equals("APPROVED") && ThreadLocalRandom.current().nextBoolean()) {
                u.report = null; // move on to another report, leaving this one approved
            }
        } else {
            u.report = null;
        }
        return res;
    }

    // ---------------------------------------------------------------- load

    private static Map<String, List<Long>> load(int users, int warmup, int measure, long pid, int thinkMin, int thinkMax) throws Exception {
        ConcurrentLinkedQueue<Result> results = new ConcurrentLinkedQueue<>();
        AtomicBoolean recording = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            User u = new User(i, users);
            Thread t = new Thread(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                sleep(r.nextInt(1000)); // users arrive over a second, not at once
                while (running.get()) {
                    Result res = step(u);
                    if (recording.get()) {
                        results.add(res);
                    }
                    sleep(thinkMin + r.nextInt(thinkMax - thinkMin + 1));
                }
            });
            t.setDaemon(true); // a failure of the main thread ends the run instead of leaving users looping
            t.start();
            threads.add(t);
        }
        Thread.sleep(warmup * 1000L);
        recording.set(true);
        long start = System.nanoTime();
        long rssPeak = 0;
        while (System.nanoTime() - start < measure * 1_000_000_000L) {
            Thread.sleep(500);
            rssPeak = Math.max(rssPeak, rssKb(pid));
        }
        recording.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        List<Result> all = new ArrayList<>(results);
        long[] v = sorted(all.stream().map(Result::nanos).toList());
        Map<Integer, Long> errors = all.stream().filter(x -> x.status >= 400 || x.status == 0)
                .collect(Collectors.groupingBy(Result::status, TreeMap::new, Collectors.counting()));
        System.out.printf("| %d | %.0f | %.1f | %.1f | %.1f | %.1f | %s | %d |%n", users, all.size() / seconds, ms(pct(v, 50)), ms(pct(v, 95)),
                ms(pct(v, 99)), ms(v[v.length - 1]), errors.isEmpty() ? "0" : errors.toString(), rssPeak / 1024);
        return all.stream().collect(Collectors.groupingBy(Result::op, Collectors.mapping(Result::nanos, Collectors.toList())));
    }

    // ---------------------------------------------------------------- database outage

    /** Writes whose answer we saw, and those whose fate we cannot know (no answer, or a 5xx after sending). */
    private record Write(String key, long value, int status) {
    }

    private static void outage(String jdbc, int users, int seconds, int stopAfter, int down, String stopCmd, String startCmd) throws Exception {
        ConcurrentLinkedQueue<Result> results = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> timeline = new ConcurrentLinkedQueue<>(); // {sentAtMs, tookMs, status}
        ConcurrentHashMap<String, List<Write>> writes = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String[]> imports = new ConcurrentLinkedQueue<>(); // {tag, rows, status}
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong sequence = new AtomicLong(1_000_000);
        String indicator = monthlyIndicators.get(0);
        long t0 = System.currentTimeMillis();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            User u = new User(i, users);
            int index = i;
            Thread t = new Thread(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                int round = 0;
                while (running.get()) {
                    long sent = System.currentTimeMillis();
                    Result res;
                    if (index == 0 && round % 3 == 0) {
                        // one user pushes bulk imports of 2,000 values, each tagged, all or nothing
                        // every import its own (indicator, month) of 2026-11/12, so no import overwrites another's rows
                        int n = round / 3;
                        String tag = "outage-" + t0 + "-" + n;
                        String bulkIndicator = monthlyIndicators.get(1 + n / 2 % (monthlyIndicators.size() - 1));
                        String bulkMonth = "2026-1" + (1 + n % 2);
                        res = bulk(tag, bulkIndicator, bulkMonth, BULK_ROWS);
                        imports.add(new String[]{tag, Integer.toString(bulkRows()), Integer.toString(res.status), bulkIndicator, bulkMonth});
                    } else if (r.nextInt(10) < 3) {
                        // a single value per user and month, each write with a new number: its last acknowledged number must stay
                        String commune = communesForValues.get(index * 7 % communesForValues.size());
                        String month = "2026-1" + (1 + r.nextInt(2));
                        long value = sequence.incrementAndGet();
                        res = send("save value", "PUT", "/api/v1/values", "{\"values\":[{\"indicator\":\"" + indicator + "\",\"unitId\":\""
                                + commune + "\",\"period\":\"" + month + "\",\"value\":" + value + "}]}");
                        writes.computeIfAbsent(commune + "|" + month, k -> Collections.synchronizedList(new ArrayList<>()))
                                .add(new Write(commune + "|" + month, value, res.status));
                    } else {
                        res = step(u);
                    }
                    results.add(res);
                    timeline.add(new long[]{sent - t0, res.nanos / 1_000_000, res.status});
                    round++;
                    sleep(200 + r.nextInt(400));
                }
            });
            t.setDaemon(true); // a failure of the main thread ends the run instead of leaving users looping
            t.start();
            threads.add(t);
        }
        Thread.sleep(stopAfter * 1000L);
        long stopAt = System.currentTimeMillis() - t0;
        run(stopCmd);
        long stoppedAt = System.currentTimeMillis() - t0;
        Thread.sleep(down * 1000L);
        long startAt = System.currentTimeMillis() - t0;
        run(startCmd);
        long startedAt = System.currentTimeMillis() - t0;
        Thread.sleep(Math.max(0, seconds * 1000L - (System.currentTimeMillis() - t0)));
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }

        List<long[]> tl = new ArrayList<>(timeline);
        tl.sort((a, b) -> Long.compare(a[0], b[0]));
        System.out.printf("- PostgreSQL stopped at %.1f s (stop took %.1f s), started again at %.1f s (ready at %.1f s)%n",
                stopAt / 1e3, (stoppedAt - stopAt) / 1e3, startAt / 1e3, startedAt / 1e3);
        List<long[]> during = tl.stream().filter(x -> x[0] >= stoppedAt && x[0] + x[1] <= startAt).toList();
        Map<Long, Long> duringStatus = during.stream().collect(Collectors.groupingBy(x -> x[2], TreeMap::new, Collectors.counting()));
        long[] duringMs = during.stream().mapToLong(x -> x[1]).sorted().toArray();
        System.out.printf("- while it was down: %d requests, statuses %s, answer time p50 %d ms, p95 %d ms, max %d ms%n", during.size(), duringStatus,
                duringMs.length == 0 ? 0 : duringMs[duringMs.length / 2], duringMs.length == 0 ? 0 : duringMs[(int) (duringMs.length * 0.95)],
                duringMs.length == 0 ? 0 : duringMs[duringMs.length - 1]);
        long firstOk = tl.stream().filter(x -> x[0] >= startedAt && x[2] < 500 && x[2] != 0).mapToLong(x -> x[0] + x[1]).min().orElse(-1);
        long lastFail = tl.stream().filter(x -> x[0] >= startedAt && (x[2] >= 500 || x[2] == 0)).mapToLong(x -> x[0] + x[1]).max().orElse(startedAt);
        System.out.printf("- after it was back: first success %.1f s after PostgreSQL was ready; last failure %.1f s after it%n",
                (firstOk - startedAt) / 1e3, (lastFail - startedAt) / 1e3);
        Map<Long, Long> other = tl.stream().filter(x -> x[0] + x[1] < stopAt || x[0] > lastFail)
                .collect(Collectors.groupingBy(x -> x[2], TreeMap::new, Collectors.counting()));
        System.out.println("- statuses outside the outage window: " + other);
        long non503 = tl.stream().filter(x -> x[2] >= 500 && x[2] != 503).count();
        System.out.println("- 5xx other than 503 during the whole run: " + non503 + "; requests without an answer: "
                + tl.stream().filter(x -> x[2] == 0).count());

        // every acknowledged write is there; an unacknowledged one may or may not be, but nothing else
        // (on a new connection: the outage ended the old one)
        Connection c = DriverManager.getConnection(jdbc, "postgres", System.getenv().getOrDefault("PGPASSWORD", "postgres"));
        int checked = 0;
        int lost = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT v.value FROM data_value v JOIN indicator i ON i.id = v.indicator_id
                WHERE i.code = ? AND v.unit_id = ?::uuid AND v.period_start = to_date(?, 'YYYY-MM') AND v.category_option = ''""")) {
            for (List<Write> list : writes.values()) {
                List<Write> ws = new ArrayList<>(list);
                int lastAck = -1;
                for (int k = 0; k < ws.size(); k++) {
                    if (ws.get(k).status == 200) {
                        lastAck = k;
                    }
                }
                if (lastAck < 0) {
                    continue;
                }
                String[] key = ws.get(0).key.split("\\|");
                ps.setString(1, indicator);
                ps.setString(2, key[0]);
                ps.setString(3, key[1]);
                long stored;
                try (ResultSet rs = ps.executeQuery()) {
                    stored = rs.next() ? rs.getLong(1) : -1;
                }
                List<Long> allowed = new ArrayList<>();
                for (int k = lastAck; k < ws.size(); k++) {
                    if (k == lastAck || ws.get(k).status != 200 && ws.get(k).status / 100 != 4) {
                        allowed.add(ws.get(k).value);
                    }
                }
                checked++;
                if (!allowed.contains(stored)) {
                    lost++;
                    System.out.println("  LOST: " + ws.get(0).key + " holds " + stored + ", acknowledged " + ws.get(lastAck).value);
                }
            }
        }
        long acknowledged = writes.values().stream().mapToLong(l -> l.stream().filter(w -> w.status == 200).count()).sum();
        System.out.printf("- single-value writes: %d acknowledged (%d keys checked), %d lost%n", acknowledged, checked, lost);
        checkImports(c, new ArrayList<>(imports));
        System.out.println("- all requests: " + new ArrayList<>(results).stream()
                .collect(Collectors.groupingBy(Result::status, TreeMap::new, Collectors.counting())));
        if (lost > 0 || non503 > 0) {
            System.exit(1);
        }
    }

    /** Each import {tag, rows, status, indicator, month}: entirely present (acknowledged or not) or entirely absent (and not acknowledged). */
    private static void checkImports(Connection c, List<String[]> imports) throws Exception {
        int whole = 0;
        int absent = 0;
        int broken = 0;
        // by (indicator, month) first: the roll-up index finds the import's rows without scanning 34 M values
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT count(*) FROM data_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = ?)
                AND period_start = to_date(?, 'YYYY-MM') AND comment = ?""")) {
            for (String[] imp : imports) {
                ps.setString(1, imp[3]);
                ps.setString(2, imp[4]);
                ps.setString(3, imp[0]);
                long n;
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    n = rs.getLong(1);
                }
                boolean acked = imp[2].equals("200");
                if (n == Long.parseLong(imp[1])) {
                    whole++;
                } else if (n == 0 && !acked) {
                    absent++;
                } else {
                    broken++;
                    System.out.println("  BROKEN import " + imp[0] + ": " + n + " of " + imp[1] + " rows, answer " + imp[2]);
                }
            }
        }
        System.out.printf("- bulk imports: %d entirely present, %d entirely absent (not acknowledged), %d partial or lost%n",
                whole, absent, broken);
        if (broken > 0) {
            System.exit(1);
        }
    }

    private static final int BULK_ROWS = 2000;

    /** One value per commune: an import never names the same key twice. */
    private static int bulkRows() {
        return Math.min(BULK_ROWS, communesForValues.size());
    }

    private static Result bulk(String tag, String indicator, String month, int wanted) {
        int rows = Math.min(wanted, bulkRows());
        StringBuilder body = new StringBuilder("{\"values\":[");
        for (int k = 0; k < rows; k++) {
            if (k > 0) {
                body.append(',');
            }
            body.append("{\"indicator\":\"").append(indicator).append("\",\"unitId\":\"").append(communesForValues.get(k % communesForValues.size()))
                    .append("\",\"period\":\"").append(month).append("\",\"value\":").append(k + 1).append(",\"comment\":\"").append(tag).append("\"}");
        }
        return send("bulk import", "PUT", "/api/v1/values", body.append("]}").toString());
    }

    // ---------------------------------------------------------------- crash

    /** Bulk imports from several clients; the app is killed (-9) while they run. Each attempt is logged for `verify`. */
    private static void crash(long pid, int importers, int killAfter, Path log) throws Exception {
        long t0 = System.currentTimeMillis();
        ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger combos = new java.util.concurrent.atomic.AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < importers; i++) {
            int index = i;
            Thread t = new Thread(() -> {
                for (int round = 0; running.get(); round++) {
                    // tagged by its comment
                    String tag = "crash-" + t0 + "-" + index + "-" + round;
                    int k = combos.getAndIncrement(); // (indicator, month) of 2025-07 … 2026-10, never twice
                    String month = (2025 + (6 + k % 16) / 12) + "-" + String.format("%02d", 1 + (6 + k % 16) % 12);
                    String indicator = monthlyIndicators.get(1 + k / 16 % (monthlyIndicators.size() - 1));
                    Result res = bulk(tag, indicator, month, BULK_ROWS);
                    lines.add(tag + " " + bulkRows() + " " + res.status + " " + indicator + " " + month);
                    if (res.status == 0) {
                        break; // the app is gone
                    }
                }
            });
            t.setDaemon(true); // a failure of the main thread ends the run instead of leaving users looping
            t.start();
            threads.add(t);
        }
        Thread.sleep(killAfter * 1000L);
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        System.out.printf("- backend killed (-9) at %.1f s, during %d concurrent bulk imports%n", (System.currentTimeMillis() - t0) / 1e3, importers);
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        Files.write(log, lines);
        Map<String, Long> byStatus = lines.stream().collect(Collectors.groupingBy(l -> l.split(" ")[2], TreeMap::new, Collectors.counting()));
        System.out.println("- import attempts by answer (0 = no answer, the app died): " + byStatus);
    }

    private static void verify(Connection c, Path log) throws Exception {
        List<String[]> imports = Files.readAllLines(log).stream().map(l -> l.split(" ")).toList();
        checkImports(c, imports);
    }

    // ---------------------------------------------------------------- plumbing

    private static final Map<String, String> FIRST_ERRORS = new ConcurrentHashMap<>();
    private static final ThreadLocal<String> lastBody = ThreadLocal.withInitial(() -> "");

    private static Result get(String op, String path) {
        return send(op, "GET", path, null);
    }

    private static Result send(String op, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        long start = System.nanoTime();
        try {
            HttpResponse<String> res = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            lastBody.set(res.body());
            if (res.statusCode() >= 400 && FIRST_ERRORS.putIfAbsent(op + " " + res.statusCode(), res.body()) == null) {
                System.err.println("first " + res.statusCode() + " in " + op + ": " + res.body().substring(0, Math.min(600, res.body().length())));
            }
            return new Result(op, System.nanoTime() - start, res.statusCode());
        } catch (Exception e) {
            lastBody.set("");
            return new Result(op, System.nanoTime() - start, 0);
        }
    }

    private static void run(String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception ignored) {
            // the process is gone
        }
        return 0;
    }

    private static String any(List<String> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    private static List<String> column(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long[] sorted(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(v);
        return v;
    }

    private static long pct(long[] v, int p) {
        return v.length == 0 ? 0 : v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
