package vn.vwu.platform.units.reference;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable ids for reference units and events: the same on every installation, so integrations can keep
 * them. Keys combine period, level and code, because codes are reused across the 2025 reform.
 */
final class ReferenceIds {

    private ReferenceIds() {
    }

    static UUID of(String key) {
        return UUID.nameUUIDFromBytes(("vwu-reference:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
