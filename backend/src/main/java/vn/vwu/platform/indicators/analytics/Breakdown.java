package vn.vwu.platform.indicators.analytics;

/** How a roll-up is broken down: not at all, by the unit's children, or by sub-periods. */
enum Breakdown { NONE, CHILDREN, PERIOD }
