package vn.vwu.platform.common.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds `application/problem+json` responses. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
        return Response.status(type.status()).type(MEDIA_TYPE).entity(body).build();
    }
}
