package vn.vwu.platform.testing;

import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/** Assertions on RFC 9457 problem responses. */
public final class Problems {

    private Problems() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse r, int status) {
        return r.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", startsWith("https://vwu.vn/problems/"))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                // never leak implementation details
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("java.")))
                .body("detail", not(containsString("SQL")));
    }

    /** A problem with a field-level error on `field`. */
    public static ValidatableResponse assertProblem(ValidatableResponse r, int status, String field) {
        return assertProblem(r, status).body("errors.field", hasItem(field));
    }

    public static ValidatableResponse assertProblemType(ValidatableResponse r, int status, String typeSlug) {
        return assertProblem(r, status).body("type", endsWith("/" + typeSlug));
    }
}
