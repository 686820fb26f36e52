package vn.vwu.platform.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import vn.vwu.platform.common.db.Rows;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.common.text.VietnameseText;

import vn.vwu.platform.access.Scope;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read side of the hierarchy, as of a date. All set-based work happens in SQL. */
@ApplicationScoped
public class UnitQueries {

    /** Units alive at :d. */
    static final String ALIVE = "u.valid_from <= :d AND (u.valid_to IS NULL OR u.valid_to > :d)";

    private static final String SELECT_UNIT = """
            SELECT u.id, u.code, u.name, u.name_en, u.admin_name, u.admin_code, u.level, u.kind,
                   u.valid_from, u.valid_to, u.demo,
                   pu.id AS parent_id, pu.code AS parent_code, pu.name AS parent_name, pu.level AS parent_level,
                   (SELECT count(*) FROM unit_parent c
                     WHERE c.parent_id = u.id AND c.valid_from <= :d AND (c.valid_to IS NULL OR c.valid_to > :d)) AS child_count
            FROM unit u
            LEFT JOIN unit_parent p ON p.unit_id = u.id AND p.valid_from <= :d AND (p.valid_to IS NULL OR p.valid_to > :d)
            LEFT JOIN unit pu ON pu.id = p.parent_id
            """;

    private final EntityManager em;

    public UnitQueries(EntityManager em) {
        this.em = em;
    }

    /** `scope`: ids (comma-separated) the caller may see; null for all. */
    public record Filter(LocalDate asOf, UnitLevel level, UUID parentId, String q, String code, String scope) {
    }

    public Page<Unit> list(Filter f, UnitSort sort, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE " + ALIVE);
        Map<String, Object> params = new HashMap<>();
        params.put("d", f.asOf());
        if (f.level() != null) {
            where.append(" AND u.level = :level");
            params.put("level", f.level().name());
        }
        if (f.parentId() != null) {
            where.append(" AND p.parent_id = :parent");
            params.put("parent", f.parentId());
        }
        if (f.scope() != null) {
            where.append(" AND ").append(Scope.sql("u.id"));
            params.put("scope", f.scope());
        }
        if (f.code() != null && !f.code().isBlank()) {
            where.append(" AND u.code = :code");
            params.put("code", f.code().trim());
        }
        String folded = VietnameseText.fold(f.q());
        if (!folded.isEmpty()) {
            where.append(" AND u.search_text LIKE :q ESCAPE '\\'");
            params.put("q", "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        Query count = em.createNativeQuery("SELECT count(*) FROM unit u LEFT JOIN unit_parent p ON p.unit_id = u.id"
                + " AND p.valid_from <= :d AND (p.valid_to IS NULL OR p.valid_to > :d)" + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        Query select = em.createNativeQuery(SELECT_UNIT + where + " ORDER BY " + sort.sql()
                + " LIMIT " + page.size() + " OFFSET " + page.offset(), Tuple.class);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = select.getResultList();
        return Page.of(rows.stream().map(UnitQueries::toUnit).toList(), page, total);
    }

    /** The unit with its parent as of a date (the parent is absent if the unit did not exist then). */
    public Optional<Unit> find(UUID id, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SELECT_UNIT + " WHERE u.id = :id", Tuple.class)
                .setParameter("id", id).setParameter("d", asOf).getResultList();
        return rows.stream().findFirst().map(UnitQueries::toUnit);
    }

    /** Just the references of a unit's children at a date, in Vietnamese alphabetical order (for breakdowns). */
    public List<UnitRef> childRefs(UUID parentId, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT u.id, u.code, u.name, u.level FROM unit_parent p JOIN unit u ON u.id = p.unit_id
                        WHERE p.parent_id = :parent AND p.valid_from <= :d AND (p.valid_to IS NULL OR p.valid_to > :d)
                        ORDER BY u.name COLLATE "vi-x-icu", u.id""", Tuple.class)
                .setParameter("parent", parentId).setParameter("d", asOf).getResultList();
        return rows.stream().map(t -> new UnitRef(Rows.uuid(t, "id"), Rows.string(t, "code"), Rows.string(t, "name"),
                UnitLevel.valueOf(Rows.string(t, "level")))).toList();
    }

    /** Ancestors as of a date, from the central union down to the parent. */
    public List<Unit> ancestors(UUID id, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SELECT_UNIT.replace("FROM unit u",
                        "FROM unit_closure a JOIN unit u ON u.id = a.ancestor_id")
                        + " WHERE a.descendant_id = :id AND a.depth > 0 AND a.valid_from <= :d AND a.valid_to > :d"
                        + " ORDER BY a.depth DESC", Tuple.class)
                .setParameter("id", id).setParameter("d", asOf).getResultList();
        return rows.stream().map(UnitQueries::toUnit).toList();
    }

    static Unit toUnit(Tuple t) {
        UUID parentId = Rows.uuid(t, "parent_id");
        UnitRef parent = parentId == null ? null : new UnitRef(parentId, Rows.string(t, "parent_code"),
                Rows.string(t, "parent_name"), UnitLevel.valueOf(Rows.string(t, "parent_level")));
        return new Unit(Rows.uuid(t, "id"), Rows.string(t, "code"), Rows.string(t, "name"), Rows.string(t, "name_en"),
                Rows.string(t, "admin_name"), Rows.string(t, "admin_code"), UnitLevel.valueOf(Rows.string(t, "level")),
                Rows.string(t, "kind"), Rows.date(t, "valid_from"), Rows.date(t, "valid_to"), Rows.bool(t, "demo"),
                parent, Rows.longValue(t, "child_count"));
    }
}
