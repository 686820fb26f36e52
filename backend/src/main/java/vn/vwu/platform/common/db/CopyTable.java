package vn.vwu.platform.common.db;

import org.postgresql.PGConnection;
import vn.vwu.platform.common.text.Csv;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.io.IOException;

/** Rows buffered as CSV and written with PostgreSQL's COPY: the fast path for bulk loads. */
public final class CopyTable {

    private final String table;
    private final String[] columns;
    private final StringBuilder csv = new StringBuilder();
    private int rows;

    public CopyTable(String table, String... columns) {
        this.table = table;
        this.columns = columns;
    }

    public CopyTable row(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + ": expected " + columns.length + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(Csv.field(values[i]));
        }
        csv.append('\n');
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    public long copyInto(Connection connection) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }
}
