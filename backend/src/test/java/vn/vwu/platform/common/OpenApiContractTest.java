package vn.vwu.platform.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * `openapi.yaml` at the repository root is the contract. The server generates its document from the
 * code; this test fails when the two differ. After an intended API change, regenerate the file with
 * `./mvnw test -Dtest=OpenApiContractTest -DupdateOpenapi=true` and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void servedDocumentMatchesTheContractFile() throws IOException {
        String served = normalise(given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString());
        if (Boolean.getBoolean("updateOpenapi")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        if (!Files.exists(CONTRACT)) {
            fail("openapi.yaml is missing at the repository root; generate it with -DupdateOpenapi=true");
        }
        String contract = normalise(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        if (!contract.equals(served)) {
            Path actual = Path.of("target", "openapi-served.yaml");
            Files.writeString(actual, served, StandardCharsets.UTF_8);
            fail("The API served differs from openapi.yaml (served version written to " + actual.toAbsolutePath()
                    + "). If the change is intended, regenerate with -DupdateOpenapi=true and review the diff.");
        }
    }

    @Test
    void everyOperationIsDocumentedForIntegrators() {
        io.restassured.path.json.JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                var operation = op.getValue();
                operations++;
                assertTrue(operation.get("operationId") != null, where + " has an operationId");
                assertTrue(operation.get("summary") != null, where + " has a summary");
                assertTrue(operation.get("tags") != null, where + " has a tag");
                @SuppressWarnings("unchecked")
                var responses = (java.util.Map<String, Object>) operation.get("responses");
                assertTrue(responses.keySet().stream().anyMatch(s -> s.startsWith("4")), where + " documents its error responses");
                // A browser navigation (signing in at the provider) succeeds with a redirect.
                assertTrue(responses.keySet().stream().anyMatch(s -> s.startsWith("2") || s.equals("302") || s.equals("303")),
                        where + " documents its success response");
            }
        }
        assertTrue(operations >= 10, "operations found: " + operations);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").strip() + "\n";
    }
}
