package vn.vwu.platform.indicators.values;

public enum ValueSource { ENTERED, IMPORTED, DERIVED }
