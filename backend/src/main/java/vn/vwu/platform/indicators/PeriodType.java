package vn.vwu.platform.indicators;

/** Period types from finest to coarsest; RANGE is an arbitrary date range, for queries only. */
public enum PeriodType {
    MONTH, QUARTER, HALF_YEAR, YEAR, TERM, RANGE
}
