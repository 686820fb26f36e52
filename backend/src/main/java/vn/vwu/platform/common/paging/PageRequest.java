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

    public static PageRequest of(Integer page, Integer size) {
        List<FieldError> errors = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
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

    public long offset() {
        return (long) page * size;
    }
}
