package vn.vwu.platform.common.text;

/** Optional text fields: blank means absent, and what is kept is trimmed. */
public final class Blank {

    private Blank() {
    }

    public static String toNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
