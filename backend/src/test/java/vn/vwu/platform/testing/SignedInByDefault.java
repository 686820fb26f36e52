package vn.vwu.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

import java.util.List;

/**
 * The API needs credentials. Tests of features other than access itself act as the test administrator (an
 * API token of the first administrator, added to every request that carries no Authorization header of its
 * own); tests marked {@link OwnCredentials} send their own. Every test checks that the problems it provokes have
 * their Vietnamese wording ({@link ProblemsInVietnamese}).
 */
public class SignedInByDefault implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (context.getTestInstance() instanceof OwnCredentials) {
            RestAssured.replaceFiltersWith(List.of(new ProblemsInVietnamese()));
            return;
        }
        RestAssured.replaceFiltersWith(new ProblemsInVietnamese(), (request, response, ctx) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + TestAuth.adminToken());
            }
            return ctx.next(request, response);
        });
    }
}
