package vn.vwu.platform.common.problem;

import java.util.List;

/** Thrown by services to answer with problem details; rolls back the surrounding transaction. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private long retryAfterSeconds;

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** A 400 listing every invalid field; `plural` names what they are ("fields", "parameters"). */
    public static ProblemException invalid(List<FieldError> errors, String plural) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " " + plural + " are invalid";
        return new ProblemException(ProblemType.VALIDATION, detail, errors);
    }

    public static void throwIfInvalid(List<FieldError> errors, String plural) {
        if (!errors.isEmpty()) {
            throw invalid(errors, plural);
        }
    }

    /**
     * The one stale-version check: a change sent with If-Match for version `expected` of something now at `current`
     * is refused with a 412. Without If-Match (expected null) the change applies to whatever is current.
     */
    public static void requireVersion(String what, Long expected, long current) {
        if (expected != null && expected != current) {
            throw stale(what, expected, current);
        }
    }

    /** A 412: the client edited a version that has changed since it read it. */
    private static ProblemException stale(String what, long expected, long current) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, "The " + what + " was changed by someone else (your version "
                + expected + ", current " + current + "); reload it and apply your change again");
    }

    public static ProblemException rule(String field, String message) {
        return new ProblemException(ProblemType.DOMAIN_RULE, message, List.of(new FieldError(field, message)));
    }

    /** Answer with `Retry-After` (a 429 or 503 that will pass later). */
    public ProblemException retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
