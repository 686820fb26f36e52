package vn.vwu.platform.indicators;

import vn.vwu.platform.common.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a half-open date interval [start, end) with a code.
 *
 * <p>Codes: month {@code 2023-10}, quarter {@code 2023-Q3}, half-year {@code 2023-H1}, year {@code 2023},
 * congress term {@code 2022-2027} (calendar years from the first up to, not including, the last: a congress
 * is held early in its final year), and, for queries only, a date range {@code 2023-01-01..2023-09-30}
 * (both days included: the "9-month review").
 */
public record Period(PeriodType type, LocalDate start, LocalDate end, String code) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H(\\d)");
    private static final Pattern TERM = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    private static final String SYNTAX = "expected 2023 (year), 2023-H1, 2023-Q3, 2023-10 (month), 2022-2027 (term)";

    /** Parses a period code; `field` names the parameter or field in the error. */
    public static Period parse(String field, String code, boolean allowRange) {
        if (code == null || code.isBlank()) {
            throw ProblemException.invalid(field, "is required; " + SYNTAX);
        }
        String c = code.trim();
        Matcher m;
        if ((m = YEAR.matcher(c)).matches()) {
            int y = year(field, m.group(1));
            return new Period(PeriodType.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), c);
        }
        if ((m = QUARTER.matcher(c)).matches()) {
            int q = Integer.parseInt(m.group(2));
            if (q < 1 || q > 4) {
                throw ProblemException.invalid(field, "quarter must be Q1 to Q4 in '" + c + "'");
            }
            LocalDate start = LocalDate.of(year(field, m.group(1)), 3 * q - 2, 1);
            return new Period(PeriodType.QUARTER, start, start.plusMonths(3), c);
        }
        if ((m = HALF.matcher(c)).matches()) {
            int h = Integer.parseInt(m.group(2));
            if (h < 1 || h > 2) {
                throw ProblemException.invalid(field, "half-year must be H1 or H2 in '" + c + "'");
            }
            LocalDate start = LocalDate.of(year(field, m.group(1)), 6 * h - 5, 1);
            return new Period(PeriodType.HALF_YEAR, start, start.plusMonths(6), c);
        }
        if ((m = TERM.matcher(c)).matches()) {
            int from = year(field, m.group(1));
            int to = year(field, m.group(2));
            if (to <= from || to - from > 10) {
                throw ProblemException.invalid(field, "a term runs from a year to a later one, at most 10 years on, e.g. 2022-2027; got '" + c + "'");
            }
            return new Period(PeriodType.TERM, LocalDate.of(from, 1, 1), LocalDate.of(to, 1, 1), c);
        }
        if ((m = MONTH.matcher(c)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw ProblemException.invalid(field, "month must be 01 to 12 in '" + c + "'");
            }
            LocalDate start = LocalDate.of(year(field, m.group(1)), month, 1);
            return new Period(PeriodType.MONTH, start, start.plusMonths(1), c);
        }
        if ((m = RANGE.matcher(c)).matches()) {
            if (!allowRange) {
                throw ProblemException.invalid(field, "a date range is accepted in queries only; " + SYNTAX);
            }
            try {
                LocalDate from = LocalDate.parse(m.group(1));
                LocalDate to = LocalDate.parse(m.group(2));
                year(field, String.valueOf(from.getYear()));
                year(field, String.valueOf(to.getYear()));
                if (to.isBefore(from)) {
                    throw ProblemException.invalid(field, "the range ends before it starts: '" + c + "'");
                }
                return new Period(PeriodType.RANGE, from, to.plusDays(1), c);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid(field, "invalid date in '" + c + "'");
            }
        }
        throw ProblemException.invalid(field, "'" + c + "' is not a period; " + SYNTAX + (allowRange ? ", or 2023-01-01..2023-09-30" : ""));
    }

    private static int year(String field, String digits) {
        int y = Integer.parseInt(digits);
        if (y < 1930 || y > 2100) {
            throw ProblemException.invalid(field, "year " + y + " is outside 1930–2100");
        }
        return y;
    }

    /** The period of `type` that starts at `start` (as stored). */
    public static Period of(PeriodType type, LocalDate start) {
        return switch (type) {
            case MONTH -> new Period(type, start, start.plusMonths(1), "%d-%02d".formatted(start.getYear(), start.getMonthValue()));
            case QUARTER -> new Period(type, start, start.plusMonths(3), start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3));
            case HALF_YEAR -> new Period(type, start, start.plusMonths(6), start.getYear() + "-H" + (start.getMonthValue() < 7 ? 1 : 2));
            case YEAR -> new Period(type, start, start.plusYears(1), String.valueOf(start.getYear()));
            default -> throw new IllegalArgumentException("stored periods are month to year; terms carry their end");
        };
    }

    public static Period term(LocalDate start, LocalDate end) {
        return new Period(PeriodType.TERM, start, end, start.getYear() + "-" + end.getYear());
    }

    /** True if this period lies within `outer`. */
    public boolean within(Period outer) {
        return !start.isBefore(outer.start) && !end.isAfter(outer.end);
    }

    /** The sub-periods of `type` covering this period (e.g. the 12 months of a year). */
    public List<Period> split(PeriodType type) {
        List<Period> parts = new ArrayList<>();
        for (LocalDate s = start; s.isBefore(end); ) {
            Period p = of(type, s);
            parts.add(p);
            s = p.end();
        }
        return parts;
    }

    /** The same period one year earlier (for year-on-year comparisons). */
    public Period previousYear() {
        LocalDate s = start.minusYears(1);
        LocalDate e = end.minusYears(1);
        return switch (type) {
            case TERM -> term(s, e);
            case RANGE -> new Period(type, s, e, s + ".." + e.minusDays(1));
            default -> of(type, s);
        };
    }
}
