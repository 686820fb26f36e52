package vn.vwu.platform.units.reorganizations;

/** How much of a predecessor went into a successor. */
public enum Share { WHOLE, PART }
