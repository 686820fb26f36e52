package vn.vwu.platform.spa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import vn.vwu.platform.testing.TestAuth;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The SPA's browser journeys (frontend/e2e, @playwright/test in a Chromium-based browser, headless) against this test
 * instance: the real backend, the built SPA it serves, and the embedded database with the reference data. Each journey is
 * its own JUnit result. Screenshots, the axe reports, and traces of failed journeys go to target/e2e (open a trace with
 * `npx playwright show-trace`). Skipped only when the build was told not to build the SPA (-Dskip.frontend=true).
 */
@QuarkusTest
class SpaEndToEndTest {

    private static final Path OUTPUT = Path.of("target/e2e").toAbsolutePath();

    @TestHTTPResource("/")
    URL base;

    @TestFactory
    List<DynamicTest> cadresCanUseTheAppInABrowser() throws Exception {
        assumeFalse(Boolean.getBoolean("skip.frontend"), "the SPA was not built (-Dskip.frontend=true)");
        assertTrue(Files.exists(Path.of("target/classes/META-INF/resources/index.html")), "the SPA is built into the backend");
        Files.createDirectories(OUTPUT);
        Path log = OUTPUT.resolve("playwright.log");
        Files.deleteIfExists(OUTPUT.resolve("results.json"));
        ProcessBuilder builder = new ProcessBuilder("node", "node_modules/@playwright/test/cli.js", "test")
                .directory(new File("../frontend")).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VWU_E2E_BASE_URL", base.toString().replaceAll("/$", ""));
        builder.environment().put("VWU_E2E_OUTPUT", OUTPUT.toString());
        builder.environment().put("VWU_E2E_USERNAME", TestAuth.ADMIN);
        builder.environment().put("VWU_E2E_PASSWORD", TestAuth.ADMIN_PASSWORD);
        Process p = builder.start();
        boolean finished = p.waitFor(15, TimeUnit.MINUTES);
        if (!finished) p.destroyForcibly();
        String output = Files.readString(log);
        System.out.println(output);
        assertTrue(finished, "the browser journeys did not finish in 15 minutes");
        Path results = OUTPUT.resolve("results.json");
        if (!Files.exists(results)) fail("Playwright did not run (exit " + p.exitValue() + "):\n" + output);
        List<DynamicTest> journeys = journeys(new ObjectMapper().readTree(results.toFile()), new ArrayList<>());
        assertFalse(journeys.isEmpty(), "no journey ran:\n" + output);
        // Errors outside any journey (a config error, a setup that threw) fail the run as a whole.
        journeys.add(DynamicTest.dynamicTest("playwright exits cleanly", () -> assertEquals(0, p.exitValue(), output)));
        return journeys;
    }

    /** One result per spec in Playwright's JSON report, failing with the journey's errors and where its trace is. */
    private static List<DynamicTest> journeys(JsonNode suite, List<DynamicTest> into) {
        for (JsonNode spec : suite.path("specs")) {
            String name = spec.path("file").asText() + ": " + spec.path("title").asText();
            StringBuilder errors = new StringBuilder();
            boolean passed = !spec.path("tests").isEmpty();
            for (JsonNode test : spec.path("tests")) {
                for (JsonNode result : test.path("results")) {
                    if (!"passed".equals(result.path("status").asText())) {
                        passed = false;
                        errors.append(result.path("status").asText()).append('\n');
                        result.path("errors").forEach(e -> errors.append(e.path("message").asText()).append('\n'));
                        result.path("attachments").forEach(a -> errors.append("  ").append(a.path("name").asText()).append(": ")
                                .append(a.path("path").asText()).append('\n'));
                    }
                }
                if (test.path("results").isEmpty()) {
                    passed = false;
                    errors.append("did not run (a journey it depends on failed)\n");
                }
            }
            boolean ok = passed;
            into.add(DynamicTest.dynamicTest(name, () -> assertTrue(ok, errors.toString())));
        }
        suite.path("suites").forEach(child -> journeys(child, into));
        return into;
    }
}
