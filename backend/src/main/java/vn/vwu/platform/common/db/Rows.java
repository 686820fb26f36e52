package vn.vwu.platform.common.db;

import jakarta.persistence.Tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Typed access to native-query tuples (drivers hand back dates and numbers in several types). */
public final class Rows {

    private Rows() {
    }

    public static UUID uuid(Tuple t, String column) {
        Object v = t.get(column);
        return v == null ? null : v instanceof UUID u ? u : UUID.fromString(v.toString());
    }

    public static String string(Tuple t, String column) {
        Object v = t.get(column);
        return v == null ? null : v.toString();
    }

    public static LocalDate date(Tuple t, String column) {
        Object v = t.get(column);
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(v.toString());
    }

    /** A timestamptz column as an offset date-time (drivers return several types). */
    public static java.time.OffsetDateTime offsetDateTime(Tuple t, String column) {
        Object v = t.get(column);
        if (v == null || v instanceof java.time.OffsetDateTime) {
            return (java.time.OffsetDateTime) v;
        }
        if (v instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return java.time.OffsetDateTime.parse(v.toString());
    }

    public static Long longValue(Tuple t, String column) {
        Object v = t.get(column);
        return v == null ? null : ((Number) v).longValue();
    }

    public static BigDecimal decimal(Tuple t, String column) {
        Object v = t.get(column);
        return v == null ? null : v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
    }

    public static boolean bool(Tuple t, String column) {
        Object v = t.get(column);
        return v != null && (Boolean) v;
    }
}
