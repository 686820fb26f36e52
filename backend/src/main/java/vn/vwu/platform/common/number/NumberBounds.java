package vn.vwu.platform.common.number;

import java.math.BigDecimal;

/**
 * The intrinsic range of every figure the product stores, checked before any arithmetic on it. A JSON number as
 * short as {@code 1e999999999} is a valid BigDecimal whose plain form has a billion digits: printing it, or
 * comparing it with a scaled number, exhausts the heap. Only {@link BigDecimal#precision()} and
 * {@link BigDecimal#scale()} are safe to look at first, so the checks read those and nothing else.
 *
 * <p>Every figure is below 10^15 in magnitude (a count of people, 999 trillion VND) and has at most
 * {@link #MAX_DECIMALS} decimals: exact in a JavaScript number too, which the SPA's grid uses.
 */
public final class NumberBounds {

    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_DECIMALS = 6;
    /** How much of a number an error message quotes. */
    private static final int QUOTED = 24;

    private NumberBounds() {
    }

    /** Null when {@code v} is within the bounds with at most {@code maxDecimals} decimals; otherwise why not. */
    public static String problem(BigDecimal v, int maxDecimals) {
        if (v.signum() == 0) {
            return null; // 0E+999999999 is zero, whatever its scale
        }
        long integerDigits = (long) v.precision() - v.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "is too large: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point, got " + quote(v);
        }
        // stripTrailingZeros only shortens the unscaled value, whose length the JSON reader already bounds.
        if (v.scale() > maxDecimals && v.stripTrailingZeros().scale() > maxDecimals) {
            return maxDecimals == 0 ? "must be a whole number, got " + quote(v)
                    : "has more than " + maxDecimals + " decimal place(s): " + quote(v);
        }
        return null;
    }

    /** A short form for messages: scientific when plain would be long, and cut after a few characters. */
    public static String quote(BigDecimal v) {
        long integerDigits = (long) v.precision() - v.scale();
        String s = integerDigits <= MAX_INTEGER_DIGITS && v.scale() <= MAX_DECIMALS + 4 ? v.toPlainString() : v.toString();
        return s.length() <= QUOTED ? s : s.substring(0, QUOTED) + "…";
    }
}
