package vn.vwu.platform.units.reorganizations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import vn.vwu.platform.access.Scope;
import vn.vwu.platform.common.db.Rows;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.units.UnitLevel;
import vn.vwu.platform.units.UnitRef;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ReorganizationQueries {

    private final EntityManager em;

    public ReorganizationQueries(EntityManager em) {
        this.em = em;
    }

    /** `scope`: unit ids (comma-separated) the caller may see; events touching none of them are left out. Null: all. */
    public record Filter(LocalDate from, LocalDate to, UUID unitId, ReorganizationType type, String scope) {
    }

    public Page<Reorganization> list(Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (f.from() != null) {
            where.append(" AND r.effective_date >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" AND r.effective_date <= :to");
            params.put("to", f.to());
        }
        if (f.type() != null) {
            where.append(" AND r.type = :type");
            params.put("type", f.type().name());
        }
        if (f.unitId() != null) {
            // the unit itself, or its children coming or going (e.g. a province whose districts were dissolved)
            where.append(" AND (EXISTS (SELECT 1 FROM reorganization_effect e WHERE e.reorganization_id = r.id"
                    + " AND (e.unit_id = :unit OR e.from_parent_id = :unit OR e.to_parent_id = :unit))"
                    + " OR EXISTS (SELECT 1 FROM lineage l WHERE l.reorganization_id = r.id AND (l.predecessor_id = :unit OR l.successor_id = :unit)))");
            params.put("unit", f.unitId());
        }
        if (f.scope() != null) {
            where.append(" AND ").append(TOUCHES_SCOPE);
            params.put("scope", f.scope());
        }
        Query count = em.createNativeQuery("SELECT count(*) FROM reorganization r" + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        Query select = em.createNativeQuery("SELECT r.* FROM reorganization r" + where
                + " ORDER BY r.effective_date DESC, r.created_at DESC, r.id LIMIT " + page.size() + " OFFSET " + page.offset(), Tuple.class);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = select.getResultList();
        return Page.of(withDetails(rows), page, total);
    }

    private static final String TOUCHES_SCOPE = "(EXISTS (SELECT 1 FROM reorganization_effect e WHERE e.reorganization_id = r.id AND "
            + Scope.sql("e.unit_id") + ") OR EXISTS (SELECT 1 FROM lineage l WHERE l.reorganization_id = r.id AND " + Scope.sql("l.successor_id") + "))";

    /** Whether the event touched a unit of the scope (null: all). */
    public boolean touches(UUID id, String scope) {
        if (scope == null) {
            return true;
        }
        return !em.createNativeQuery("SELECT 1 FROM reorganization r WHERE r.id = :id AND " + TOUCHES_SCOPE)
                .setParameter("id", id).setParameter("scope", scope).getResultList().isEmpty();
    }

    public Optional<Reorganization> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT r.* FROM reorganization r WHERE r.id = :id", Tuple.class)
                .setParameter("id", id).getResultList();
        return withDetails(rows).stream().findFirst();
    }

    /** Loads effects and lineage of all events in two queries. */
    private List<Reorganization> withDetails(List<Tuple> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = events.stream().map(t -> Rows.uuid(t, "id")).toList();
        Map<UUID, List<Reorganization.Effect>> effects = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Tuple> effectRows = em.createNativeQuery("""
                        SELECT e.reorganization_id, e.effect,
                               u.id, u.code, u.name, u.level,
                               f.id AS f_id, f.code AS f_code, f.name AS f_name, f.level AS f_level,
                               t.id AS t_id, t.code AS t_code, t.name AS t_name, t.level AS t_level
                        FROM reorganization_effect e
                        JOIN unit u ON u.id = e.unit_id
                        LEFT JOIN unit f ON f.id = e.from_parent_id
                        LEFT JOIN unit t ON t.id = e.to_parent_id
                        WHERE e.reorganization_id IN (:ids)
                        ORDER BY e.effect, u.code, u.id""", Tuple.class)
                .setParameter("ids", ids).getResultList();
        for (Tuple t : effectRows) {
            effects.computeIfAbsent(Rows.uuid(t, "reorganization_id"), k -> new ArrayList<>()).add(new Reorganization.Effect(
                    ref(t, ""), EffectKind.valueOf(Rows.string(t, "effect")), ref(t, "f_"), ref(t, "t_")));
        }
        Map<UUID, List<Reorganization.Link>> links = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Tuple> linkRows = em.createNativeQuery("""
                        SELECT l.reorganization_id, l.share, l.weight,
                               p.id AS p_id, p.code AS p_code, p.name AS p_name, p.level AS p_level,
                               s.id AS s_id, s.code AS s_code, s.name AS s_name, s.level AS s_level
                        FROM lineage l JOIN unit p ON p.id = l.predecessor_id JOIN unit s ON s.id = l.successor_id
                        WHERE l.reorganization_id IN (:ids)
                        ORDER BY p.code, s.code""", Tuple.class)
                .setParameter("ids", ids).getResultList();
        for (Tuple t : linkRows) {
            links.computeIfAbsent(Rows.uuid(t, "reorganization_id"), k -> new ArrayList<>()).add(new Reorganization.Link(
                    ref(t, "p_"), ref(t, "s_"), Share.valueOf(Rows.string(t, "share")), Rows.decimal(t, "weight")));
        }
        Map<UUID, Reorganization> result = new LinkedHashMap<>();
        for (Tuple t : events) {
            UUID id = Rows.uuid(t, "id");
            result.put(id, new Reorganization(id, ReorganizationType.valueOf(Rows.string(t, "type")), Rows.date(t, "effective_date"),
                    Rows.string(t, "legal_basis"), Rows.string(t, "note"), Rows.offsetDateTime(t, "created_at"),
                    effects.getOrDefault(id, List.of()), links.getOrDefault(id, List.of())));
        }
        return new ArrayList<>(result.values());
    }

    private static UnitRef ref(Tuple t, String prefix) {
        UUID id = Rows.uuid(t, prefix + "id");
        return id == null ? null : new UnitRef(id, Rows.string(t, prefix + "code"), Rows.string(t, prefix + "name"),
                UnitLevel.valueOf(Rows.string(t, prefix + "level")));
    }
}
