package vn.vwu.platform.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** Reads the Prometheus page the way a scraper does. */
public final class TestMetrics {

    private TestMetrics() {
    }

    public static String page() {
        return Management.management().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of the series whose line starts with `prefix` (a regex up to the labels, e.g. `name\{action="X"`). */
    public static double counter(String page, String prefix) {
        Matcher m = Pattern.compile("(?m)^" + prefix + "[^}]*} ([0-9.Ee+-]+)$").matcher(page);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }

    public static double counter(String prefix) {
        return counter(page(), prefix);
    }
}
