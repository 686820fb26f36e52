package vn.vwu.platform.units;

public enum ReorganizationType { MERGE, SPLIT, RENAME, MOVE, DISSOLVE, CREATE }
