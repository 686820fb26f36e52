package vn.vwu.platform.activities;

/** Only DONE activities are results: they count in summaries' defaults and in derived indicators. */
enum ActivityStatus {
    PLANNED, DONE, CANCELLED
}
