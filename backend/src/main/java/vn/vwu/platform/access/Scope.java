package vn.vwu.platform.access;

import java.util.Set;
import java.util.UUID;

/**
 * Where a caller may look: every unit that was ever in the subtree of their unit, plus the units that became
 * part of it (lineage predecessors, e.g. the former Bạc Liêu communes for the new Cà Mau province) and
 * their own subtrees; `ancestors` are the units above (whose names, and only names, are visible).
 * `all` is the whole system (administrators, and cadres of the central union).
 */
public record Scope(boolean all, Set<UUID> units, Set<UUID> ancestors) {

    public static final Scope ALL = new Scope(true, Set.of(), Set.of());

    public boolean contains(UUID unit) {
        return all || units.contains(unit);
    }

    public boolean seesName(UUID unit) {
        return contains(unit) || ancestors.contains(unit);
    }

    /** The units, comma-separated, for `col = ANY(CAST(string_to_array(:scope, ',') AS uuid[]))`; null when `all`. */
    public String csv() {
        return all ? null : join(units);
    }

    /** The units and their ancestors (what name listings may show); null when `all`. */
    public String namesCsv() {
        if (all) {
            return null;
        }
        java.util.Set<UUID> both = new java.util.HashSet<>(units);
        both.addAll(ancestors);
        return join(both);
    }

    /** SQL condition on `column` for a `:scope` parameter bound to {@link #csv()} (or {@link #namesCsv()}). */
    public static String sql(String column) {
        return column + " = ANY(CAST(string_to_array(:scope, ',') AS uuid[]))";
    }

    private static String join(Set<UUID> ids) {
        StringBuilder b = new StringBuilder(ids.size() * 37);
        for (UUID id : ids) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(id);
        }
        return b.toString();
    }
}
