package vn.vwu.platform.access;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Where a caller may look: every unit that was ever in the subtree of their unit, plus the units that became
 * part of it (lineage predecessors, e.g. the former Bạc Liêu communes for the new Cà Mau province) and
 * their own subtrees; `ancestors` are the units above (whose names, and only names, are visible).
 * `all` is the whole system (administrators, and cadres of the central union). The SQL forms of the sets are
 * built once with the scope (it is cached), not on every listing.
 */
public record Scope(boolean all, Set<UUID> units, Set<UUID> ancestors, String csv, String namesCsv) {

    public static final Scope ALL = new Scope(true, Set.of(), Set.of(), null, null);

    public static Scope of(Set<UUID> units, Set<UUID> ancestors) {
        Set<UUID> both = new HashSet<>(units);
        both.addAll(ancestors);
        return new Scope(false, Set.copyOf(units), Set.copyOf(ancestors), join(units), join(both));
    }

    public boolean contains(UUID unit) {
        return all || units.contains(unit);
    }

    public boolean seesName(UUID unit) {
        return contains(unit) || ancestors.contains(unit);
    }

    /**
     * SQL condition on `column` for a `:scope` parameter bound to {@link #csv()} (the units, comma-separated; null
     * when `all`) or {@link #namesCsv()} (the units and their ancestors, for name listings).
     */
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
