package vn.vwu.platform.common.paging;

import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;

import java.util.ArrayList;
import java.util.List;

/** Validated `page` (0-based) and `size` (1..1000, default 50) query parameters. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public static PageRequest of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int p = parse("page", page, 0, errors);
        int s = parse("size", size, DEFAULT_SIZE, errors);
        if (p < 0) {
            errors.add(new FieldError("page", "must be 0 or greater"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Invalid paging parameters", errors);
        }
        return new PageRequest(p, s);
    }

    private static int parse(String name, String value, int fallback, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number, got '" + value + "'"));
            return fallback;
        }
    }

    /** An unpaged request for exports: everything up to `limit` rows. */
    public PageRequest all(int limit) {
        return new PageRequest(0, limit);
    }

    public long offset() {
        return (long) page * size;
    }
}
