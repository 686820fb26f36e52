package vn.vwu.platform.units.reorganizations;

/** What a reorganisation did to a unit. */
enum EffectKind { CLOSED, CREATED, CONTINUED, MOVED }
