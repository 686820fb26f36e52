package vn.vwu.platform.units;

/** Levels of the union, top to bottom. A unit hangs under a unit of a strictly higher level. */
public enum UnitLevel {
    CENTRAL, PROVINCE, DISTRICT, COMMUNE, BRANCH, GROUP;

    public int rank() {
        return ordinal();
    }

    public boolean canHangUnder(UnitLevel parent) {
        return parent.rank() < rank();
    }

    /** SQL expression ranking a level column, for ordering. */
    static String rankSql(String column) {
        return "array_position(ARRAY['CENTRAL','PROVINCE','DISTRICT','COMMUNE','BRANCH','GROUP']::varchar[], " + column + ")";
    }
}
