package vn.vwu.platform.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese-aware text helpers for search. */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /**
     * Folds text for diacritics- and case-insensitive matching: "CÀ MAU", "Cà Mau" and "ca mau" all
     * fold to "ca mau". Đ/đ is a distinct letter, not a d with a mark, so Unicode decomposition
     * leaves it alone; it is mapped explicitly.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String noMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(noMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
