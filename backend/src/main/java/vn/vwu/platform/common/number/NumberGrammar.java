package vn.vwu.platform.common.number;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way the product reads a number written as text (CSV imports; the SPA's grid follows the same rules, and
 * both are tested against the table in docs/number-format.md). A text is read in the Vietnamese and in the English
 * convention: a thousands separator must stand before groups of exactly three digits (and not after a leading 0), a
 * decimal separator at most once, spaces may group thousands, an exponent has at most three digits. When only one
 * reading is valid, or both give the same number, that is the number. When they differ ({@code 4.200}: 4200 or 4.2)
 * the declared format decides; without one the text is refused naming both readings — never reinterpreted silently.
 * Range and decimals are then {@link NumberBounds}' to check.
 */
public final class NumberGrammar {

    public static final int MAX_LENGTH = 40;

    /** What a text says: a number, or why it is not one (an English message for the problem catalogue). */
    public record Reading(BigDecimal value, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private static final Pattern VI = pattern(NumberFormat.VI);
    private static final Pattern EN = pattern(NumberFormat.EN);
    private static final Pattern SPACES = Pattern.compile("[ \u00A0\u202F]");

    private NumberGrammar() {
    }

    /** Reads {@code text} (already known not to be blank); {@code declared} may be null. */
    public static Reading read(String text, NumberFormat declared) {
        String s = text.strip();
        if (s.length() > MAX_LENGTH) {
            return refused("is too long for a number (at most " + MAX_LENGTH + " characters): '" + s.substring(0, 16) + "…'");
        }
        BigDecimal vi = in(VI, s);
        BigDecimal en = in(EN, s);
        if (vi == null && en == null) {
            return refused("'" + s + "' is not a number");
        }
        if (vi == null || en == null || vi.compareTo(en) == 0) {
            return new Reading(vi == null ? en : vi, null);
        }
        if (declared != null) {
            return new Reading(declared == NumberFormat.VI ? vi : en, null);
        }
        return refused("'" + s + "' can be read as " + NumberBounds.quote(vi.stripTrailingZeros()) + " or " + NumberBounds.quote(en.stripTrailingZeros())
                + ": write it without a thousands separator, or declare the number format");
    }

    private static Reading refused(String problem) {
        return new Reading(null, problem);
    }

    private static BigDecimal in(Pattern convention, String s) {
        Matcher m = convention.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String digits = SPACES.matcher(m.group(2)).replaceAll("").replace(".", "").replace(",", "");
        String fraction = m.group(4) == null ? "" : "." + m.group(4);
        BigDecimal v = new BigDecimal(digits + fraction);
        if (m.group(5) != null) {
            v = v.scaleByPowerOfTen(Integer.parseInt(m.group(5)));
        }
        v = "-".equals(m.group(1)) ? v.negate() : v;
        return v.signum() == 0 ? BigDecimal.ZERO : v; // -0 is 0
    }

    /** sign, integer part (plain, or grouped by one separator throughout), optional decimals, optional exponent. */
    private static Pattern pattern(NumberFormat f) {
        String group = "[\\" + f.group + " \u00A0\u202F]";
        return Pattern.compile("([+-]?)(\\d+|[1-9]\\d{0,2}(" + group + ")\\d{3}(?:\\3\\d{3})*)"
                + "(?:\\" + f.decimal + "(\\d+))?(?:[eE]([+-]?\\d{1,3}))?");
    }
}
