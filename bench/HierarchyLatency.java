import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the hierarchy endpoints as of two dates around the 2025 reform, measured through HTTP
 * against a running app. JDK only: `java bench/HierarchyLatency.java http://localhost:18080 [requests]`.
 * Prints a Markdown table of p50/p95/p99 per query, sequentially (1 client) and with 8 concurrent clients.
 */
public class HierarchyLatency {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"code\"");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:18080";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        System.out.println("| query | as of | clients | requests | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String date : List.of("2025-06-30", "2025-07-01")) {
            List<String> provinces = ids(get(base + "/api/v1/units?level=PROVINCE&size=100&asOf=" + date));
            List<String> communes = new ArrayList<>();
            for (int page = 0; page < 3; page++) {
                communes.addAll(ids(get(base + "/api/v1/units?level=COMMUNE&size=1000&sort=code&page=" + page + "&asOf=" + date)));
            }
            String central = ids(get(base + "/api/v1/units?level=CENTRAL&asOf=" + date)).get(0);
            List<String> centralOnly = List.of(central);
            for (int clients : new int[]{1, 8}) {
                run("children of the central union", base, date, centralOnly, "/children?size=100&asOf=", requests / 4, clients);
                run("children of a province", base, date, provinces, "/children?size=1000&asOf=", requests, clients);
                run("ancestors of a commune", base, date, communes, "/ancestors?asOf=", requests, clients);
                run("children of a commune", base, date, communes, "/children?size=1000&asOf=", requests, clients);
            }
        }
    }

    private static void run(String name, String base, String date, List<String> targets, String suffix, int n, int clients) throws Exception {
        Random random = new Random(42);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < n + 200; i++) {
            urls.add(base + "/api/v1/units/" + targets.get(random.nextInt(targets.size())) + suffix + date);
        }
        for (String url : urls.subList(0, 200)) {
            get(url); // warm-up
        }
        List<String> measured = urls.subList(200, urls.size());
        long[] nanos = new long[measured.size()];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int start = c;
            futures.add(pool.submit(() -> {
                for (int i = start; i < measured.size(); i += clients) {
                    long t0 = System.nanoTime();
                    get(measured.get(i));
                    nanos[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        Arrays.sort(nanos);
        System.out.printf("| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", name, date, clients, nanos.length,
                ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static List<String> ids(String json) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(json);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String get(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + System.getenv("VWU_TOKEN")).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " from " + url + ": " + r.body());
            }
            return r.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(url, e);
        }
    }
}
