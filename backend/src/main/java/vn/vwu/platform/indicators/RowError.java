package vn.vwu.platform.indicators;

/** A problem with one row of a bulk request: its 0-based index (or 1-based CSV line) and field. */
public record RowError(int row, String field, String message) {
}
