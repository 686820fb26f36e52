package vn.vwu.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes and caches scopes per unit. The structure changes rarely (reorganisations), so a scope is kept
 * for a minute and dropped at once when this instance changes the structure; another instance sees the
 * change within the minute.
 */
@ApplicationScoped
public class ScopeService {

    private static final long TTL_NANOS = 60_000_000_000L;

    private final EntityManager em;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Scope scope, long at) {
    }

    public ScopeService(EntityManager em) {
        this.em = em;
    }

    public Scope of(UUID unit) {
        Cached c = cache.get(unit);
        if (c != null && System.nanoTime() - c.at < TTL_NANOS) {
            return c.scope;
        }
        Scope scope = compute(unit);
        cache.put(unit, new Cached(scope, System.nanoTime()));
        return scope;
    }

    /** Called after any change of units, parent links or lineage. */
    public void invalidate() {
        cache.clear();
    }

    private Scope compute(UUID unit) {
        if (isCentral(unit)) {
            return Scope.ALL;
        }
        // Descendants at any time, and predecessors by lineage, to a fixed point.
        @SuppressWarnings("unchecked")
        List<Object> units = em.createNativeQuery("""
                WITH RECURSIVE s(id) AS (
                    SELECT CAST(:u AS uuid)
                    UNION
                    SELECT x.id FROM s CROSS JOIN LATERAL (
                        SELECT c.descendant_id AS id FROM unit_closure c WHERE c.ancestor_id = s.id
                        UNION ALL
                        SELECT l.predecessor_id FROM lineage l WHERE l.successor_id = s.id) x)
                SELECT id FROM s""").setParameter("u", unit).getResultList();
        @SuppressWarnings("unchecked")
        List<Object> ancestors = em.createNativeQuery(
                "SELECT DISTINCT ancestor_id FROM unit_closure WHERE descendant_id = :u AND depth > 0")
                .setParameter("u", unit).getResultList();
        return Scope.of(uuids(units), uuids(ancestors));
    }

    private boolean isCentral(UUID unit) {
        List<?> level = em.createNativeQuery("SELECT level FROM unit WHERE id = :u").setParameter("u", unit).getResultList();
        return !level.isEmpty() && "CENTRAL".equals(level.get(0));
    }

    private static Set<UUID> uuids(List<Object> rows) {
        Set<UUID> out = new HashSet<>(rows.size() * 2);
        for (Object o : rows) {
            out.add(o instanceof UUID u ? u : UUID.fromString(o.toString()));
        }
        return out;
    }
}
