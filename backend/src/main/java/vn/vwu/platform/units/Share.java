package vn.vwu.platform.units;

/** How much of a predecessor went into a successor. */
public enum Share { WHOLE, PART }
