package vn.vwu.platform.common.web;

/** Entity tags are the entity's version: `"7"`. Weak tags (`W/"7"`) are accepted in If-Match too. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header expects, or null when there is no header (or it is `*`). */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L; // matches no version: answered 412 like any other stale tag (RFC 9110 §13.1.1)
        }
    }
}
