package vn.vwu.platform.units;

/** What a reorganisation did to a unit. */
public enum EffectKind { CLOSED, CREATED, CONTINUED, MOVED }
