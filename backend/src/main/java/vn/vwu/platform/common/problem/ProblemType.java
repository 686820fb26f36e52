package vn.vwu.platform.common.problem;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the API reports; `type` URIs are stable for clients to switch on. */
public enum ProblemType {
    VALIDATION(Status.BAD_REQUEST, "validation", "Invalid request"),
    MALFORMED(Status.BAD_REQUEST, "malformed-request", "Malformed request"),
    UNAUTHENTICATED(Status.UNAUTHORIZED, "unauthenticated", "Authentication required"),
    FORBIDDEN(Status.FORBIDDEN, "forbidden", "Not allowed"),
    PASSWORD_CHANGE_REQUIRED(Status.FORBIDDEN, "password-change-required", "Change your password first"),
    NOT_FOUND(Status.NOT_FOUND, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
    CONFLICT(Status.CONFLICT, "conflict", "Conflict with the current state"),
    PRECONDITION_FAILED(Status.PRECONDITION_FAILED, "stale-version", "The resource was changed by someone else"),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "Too large"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    DOMAIN_RULE(422, "domain-rule", "The request breaks a rule of the union's structure"),
    TOO_MANY_REQUESTS(Status.TOO_MANY_REQUESTS, "too-many-requests", "Too many attempts"),
    SERVICE_UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "service-unavailable", "Service temporarily unavailable"),
    INTERNAL(Status.INTERNAL_SERVER_ERROR, "internal", "Internal error");

    private static final String BASE = "https://vwu.vn/problems/";
    private final int status;
    private final String slug;
    private final String title;

    ProblemType(Status status, String slug, String title) {
        this(status.getStatusCode(), slug, title);
    }

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }
}
