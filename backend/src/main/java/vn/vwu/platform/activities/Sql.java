package vn.vwu.platform.activities;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** A SQL fragment and its positional parameters (bound in order); `depth` is the organising unit's depth under the selection's unit. */
record Sql(String text, List<Object> params, String depth) {

    public Sql(String text, List<Object> params) {
        this(text, params, "0");
    }

    /** An array parameter of a PostgreSQL element type. */
    public record Array(String elementType, Object[] values) {
    }

    /** Binds the parameters from position `first`; returns the next free position. */
    public int bind(Connection c, PreparedStatement ps, int first) throws SQLException {
        int n = first;
        for (Object p : params) {
            if (p instanceof Array a) {
                ps.setArray(n++, c.createArrayOf(a.elementType(), a.values()));
            } else {
                ps.setObject(n++, p);
            }
        }
        return n;
    }
}
