package vn.vwu.platform.units;

import vn.vwu.platform.common.problem.ProblemException;

import java.util.Locale;
import java.util.Map;

/** `sort=field[,asc|desc]` for unit lists; every order ends with the id so paging is stable. */
record UnitSort(String sql) {

    /** Vietnamese alphabetical order (ICU), so "Đ" sorts after "D" and tones do not scatter names. */
    private static final String NAME = "u.name COLLATE \"vi-x-icu\"";
    private static final Map<String, String> FIELDS = Map.of(
            "name", NAME,
            "code", "u.code",
            "level", UnitLevel.rankSql("u.level"),
            "validFrom", "u.valid_from");

    public static final UnitSort DEFAULT = new UnitSort(UnitLevel.rankSql("u.level") + ", " + NAME + ", u.id");

    public static UnitSort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String[] parts = value.split(",", -1);
        String column = FIELDS.get(parts[0].trim());
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (column == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw ProblemException.invalid("sort", "expected one of name, code, level, validFrom, optionally followed by ',asc' or ',desc'");
        }
        return new UnitSort(column + " " + direction + ", u.id");
    }
}
