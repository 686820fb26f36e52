package vn.vwu.platform.indicators.values;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import vn.vwu.platform.access.Scope;
import vn.vwu.platform.common.db.Rows;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.indicators.PeriodType;
import vn.vwu.platform.indicators.catalogue.IndicatorEntity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class ValueQueries {

    private final EntityManager em;

    public ValueQueries(EntityManager em) {
        this.em = em;
    }

    /** `scope`: unit ids (comma-separated) the caller may read; null for all. */
    record Filter(IndicatorEntity indicator, UUID unitId, boolean descendants, Period period, String scope) {
    }

    Page<ReportedValue> list(Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (f.indicator() != null) {
            where.append(" AND v.indicator_id = :ind");
            params.put("ind", f.indicator().id);
        }
        if (f.period() != null) {
            where.append(" AND v.period_start >= :ps AND v.period_start < :pe AND v.period_end <= :pe");
            params.put("ps", f.period().start());
            params.put("pe", f.period().end());
        }
        if (f.unitId() != null && f.descendants()) {
            // units below the unit at the time of each value
            where.append(" AND EXISTS (SELECT 1 FROM unit_closure c WHERE c.ancestor_id = :unit AND c.descendant_id = v.unit_id"
                    + " AND c.valid_from <= v.period_start AND c.valid_to > v.period_start)");
            params.put("unit", f.unitId());
        } else if (f.unitId() != null) {
            where.append(" AND v.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.scope() != null) {
            where.append(" AND ").append(Scope.sql("v.unit_id"));
            params.put("scope", f.scope());
        }
        Query count = em.createNativeQuery("SELECT count(*) FROM data_value v" + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        Query select = em.createNativeQuery("""
                SELECT i.code, i.period_type, v.unit_id, u.name AS unit_name, v.period_start, v.category_option, v.value, v.comment,
                       v.source, v.version, v.updated_by, v.updated_at
                FROM data_value v JOIN indicator i ON i.id = v.indicator_id JOIN unit u ON u.id = v.unit_id""" + where
                + " ORDER BY i.code, v.period_start, u.name, v.unit_id, v.category_option LIMIT " + page.size() + " OFFSET " + page.offset(), Tuple.class);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = select.getResultList();
        return Page.of(rows.stream().map(t -> new ReportedValue(Rows.string(t, "code"), Rows.uuid(t, "unit_id"), Rows.string(t, "unit_name"),
                Period.of(PeriodType.valueOf(Rows.string(t, "period_type")), Rows.date(t, "period_start")).code(),
                emptyToNull(Rows.string(t, "category_option")), Rows.decimal(t, "value"), Rows.string(t, "comment"),
                ValueSource.valueOf(Rows.string(t, "source")), Rows.longValue(t, "version"), Rows.string(t, "updated_by"),
                Rows.offsetDateTime(t, "updated_at"))).toList(), page, total);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
