package vn.vwu.platform.units.reorganizations;

public enum ReorganizationType { MERGE, SPLIT, RENAME, MOVE, DISSOLVE, CREATE }
