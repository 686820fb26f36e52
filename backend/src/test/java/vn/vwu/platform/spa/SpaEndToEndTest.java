package vn.vwu.platform.spa;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.vwu.platform.testing.TestAuth;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The SPA's end-to-end tests (frontend/e2e/smoke.mjs, Playwright in Debian's Chromium, headless) against this
 * test instance: the real backend, the built SPA it serves, and the embedded database with the reference data.
 * Screenshots and the axe report go to target/e2e-screenshots. Needs `chromium` (apt-get install -y chromium);
 * skipped only when the build was told not to build the SPA (-Dskip.frontend=true).
 */
@QuarkusTest
class SpaEndToEndTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void cadresCanUseTheAppInABrowser() throws Exception {
        assumeFalse(Boolean.getBoolean("skip.frontend"), "the SPA was not built (-Dskip.frontend=true)");
        assertTrue(Files.exists(Path.of("target/classes/META-INF/resources/index.html")), "the SPA is built into the backend");
        String chromium = browser();
        Path log = Path.of("target/e2e-screenshots/e2e.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/smoke.mjs", base.toString().replaceAll("/$", ""),
                new File("target/e2e-screenshots").getAbsolutePath())
                .directory(new File("../frontend")).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CHROMIUM", chromium);
        builder.environment().put("VWU_E2E_USERNAME", TestAuth.ADMIN);
        builder.environment().put("VWU_E2E_PASSWORD", TestAuth.ADMIN_PASSWORD);
        Process p = builder.start();
        boolean finished = p.waitFor(10, TimeUnit.MINUTES);
        String output = Files.readString(log);
        System.out.println(output);
        assertTrue(finished, "the browser tests did not finish in 10 minutes");
        assertEquals(0, p.exitValue(), "browser tests failed:\n" + output);
    }

    /** Where a laptop keeps a Chromium-based browser, most likely first; CHROMIUM names another. */
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
            "/usr/bin/microsoft-edge", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            "/Applications/Chromium.app/Contents/MacOS/Chromium", "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
            "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
            "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
            "C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe");

    /** The browser the journeys run in: CHROMIUM if set, else the first one found; if none, one line saying what to install. */
    private static String browser() {
        String given = System.getenv("CHROMIUM");
        if (given != null && !given.isBlank()) {
            assertTrue(Files.isExecutable(Path.of(given)), "CHROMIUM=" + given + " is not an executable browser");
            return given;
        }
        return BROWSERS.stream().filter(b -> Files.isExecutable(Path.of(b))).findFirst().orElseThrow(() -> new AssertionError(
                "No Chromium-based browser found: install Chromium (Debian: apt-get install -y chromium), Google Chrome or "
                        + "Microsoft Edge, or set CHROMIUM to its path"));
    }
}
