package vn.vwu.platform.access;

/** What a user may do; the unit they belong to says where. */
public enum Role {
    /** Everything, everywhere. */
    ADMIN,
    /** Users and units within their unit's subtree. */
    UNIT_ADMIN,
    /** Activities, values and targets within their unit's subtree; opens and submits reports. */
    EDITOR,
    /** Approves, returns and reopens the reports of the units directly below theirs (their own at the top). */
    APPROVER,
    /** Reads within their unit's subtree. */
    VIEWER
}
