package vn.vwu.platform.indicators.analytics;

/** EXCEEDED above 100 %, MET at exactly 100 %, PARTIAL from the threshold (50 %) up, NOT_MET below. */
enum AchievementStatus { EXCEEDED, MET, PARTIAL, NOT_MET, NO_TARGET, NO_DATA }
