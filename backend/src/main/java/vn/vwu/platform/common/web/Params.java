package vn.vwu.platform.common.web;

import vn.vwu.platform.common.problem.ProblemException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Strict parsing of query and path parameters, so a bad value is a 400 naming the parameter rather
 * than the framework's generic 404/500.
 */
public final class Params {

    /** The union works in Vietnam's calendar: "today" is today in Hà Nội. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Params() {
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date in the form YYYY-MM-DD, got '" + value + "'");
        }
        // Nothing the Union records lies outside these years; beyond them date arithmetic and SQL ranges overflow.
        if (d.getYear() < 1900 || d.getYear() > 2200) {
            throw ProblemException.invalid(name, "must be a date between 1900 and 2200, got '" + value + "'");
        }
        return d;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "unknown value '" + value + "'; expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static boolean bool(String name, String value, boolean fallback) {
        Boolean b = optionalBool(name, value);
        return b == null ? fallback : b;
    }

    /** true, false, or null when the parameter is absent (a three-way filter). */
    public static Boolean optionalBool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "must be true or false, got '" + value + "'");
        };
    }

    /** An id in a query parameter: malformed is a 400. */
    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be an id (UUID), got '" + value + "'");
        }
    }

    /** An id in the path: something that is not a UUID names no resource, so it is a 404. */
    public static UUID pathId(String what, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what, value);
        }
    }

    /** A numeric id in the path: anything but a positive whole number names no resource, so it is a 404. */
    public static long pathNumber(String what, String value) {
        try {
            long n = Long.parseLong(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through: not an id
        }
        throw ProblemException.notFound(what, value);
    }
}
