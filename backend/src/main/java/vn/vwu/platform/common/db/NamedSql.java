package vn.vwu.platform.common.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement written with named parameters (`:targets`), compiled once to JDBC's positional `?`s and the names in
 * their order. Each occurrence stays its own `?` bound to its own value, so the planner still sees every constant.
 * Written here because plain JDBC has no named parameters, and the roll-ups need plain JDBC (PostgreSQL arrays, the
 * driver's prepare threshold); PostgreSQL casts (`::date`) are not parameters.
 */
public record NamedSql(String sql, List<String> names) {

    private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([a-zA-Z][a-zA-Z0-9]*)");

    public static NamedSql compile(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        return new NamedSql(sql.toString(), List.copyOf(names));
    }

    /** The values in the order of the `?`s; a name without a value is a programming error, said at once. */
    public Object[] bind(Map<String, ?> values) {
        Object[] bound = new Object[names.size()];
        for (int k = 0; k < bound.length; k++) {
            String name = names.get(k);
            if (!values.containsKey(name) || values.get(name) == null) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            bound[k] = values.get(name);
        }
        return bound;
    }
}
