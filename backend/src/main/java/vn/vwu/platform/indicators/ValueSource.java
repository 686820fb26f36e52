package vn.vwu.platform.indicators;

public enum ValueSource { ENTERED, IMPORTED, DERIVED }
