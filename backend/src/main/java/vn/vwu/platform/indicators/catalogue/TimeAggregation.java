package vn.vwu.platform.indicators.catalogue;

/** How an indicator adds up across time: flows SUM, stocks take the LAST value, some AVERAGE. */
public enum TimeAggregation { SUM, LAST, AVERAGE }
