package vn.vwu.platform.indicators.catalogue;

/** MONEY is whole VND; INTEGER whole numbers; DECIMAL and PERCENT carry the indicator's decimals. */
public enum ValueType { INTEGER, DECIMAL, MONEY, PERCENT }
