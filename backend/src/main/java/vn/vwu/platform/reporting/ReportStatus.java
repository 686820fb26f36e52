package vn.vwu.platform.reporting;

/** DRAFT and RETURNED are editable; SUBMITTED and APPROVED lock the report's values. */
enum ReportStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    public boolean locks() {
        return this == SUBMITTED || this == APPROVED;
    }
}
