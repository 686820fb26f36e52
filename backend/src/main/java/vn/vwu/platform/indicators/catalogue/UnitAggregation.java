package vn.vwu.platform.indicators.catalogue;

/** How an indicator adds up across units. */
public enum UnitAggregation { SUM, RATIO, COUNT_UNITS }
