package vn.vwu.platform.indicators;

/** How an indicator adds up across units. */
public enum UnitAggregation { SUM, RATIO, COUNT_UNITS }
