package vn.vwu.platform.activities;

import vn.vwu.platform.common.problem.ProblemException;

import java.util.Map;

/** `sort=field,asc|desc` for activity lists; the id breaks ties so pages are stable. */
record ActivitySort(String sql) {

    private static final Map<String, String> FIELDS = Map.of(
            "startsAt", "a.starts_at",
            "title", "a.title COLLATE \"vi-x-icu\"",
            "participants", "a.participants",
            "cost", "a.cost",
            "funds", "a.funds",
            "createdAt", "a.created_at",
            "updatedAt", "a.updated_at");

    public static ActivitySort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return new ActivitySort("a.starts_at DESC, a.id");
        }
        String[] parts = sort.split(",");
        String column = FIELDS.get(parts[0].trim());
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase(java.util.Locale.ROOT) : "asc";
        if (column == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw ProblemException.invalid("sort", "use field,asc or field,desc with field one of " + String.join(", ",
                    new java.util.TreeSet<>(FIELDS.keySet())) + "; got '" + sort + "'");
        }
        return new ActivitySort(column + (direction.equals("desc") ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", a.id");
    }
}
