package vn.vwu.platform.indicators.targets;

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

/** Reads of explicitly set targets: lists and exports. */
@ApplicationScoped
class TargetQueries {

    private final EntityManager em;

    TargetQueries(EntityManager em) {
        this.em = em;
    }

    /** Each part optional (null: any); `scope`: unit ids (comma-separated) the caller may read, null for all. */
    record Filter(IndicatorEntity indicator, UUID unitId, Period period, String scope) {
    }

    Page<Target> list(Filter f, PageRequest paging) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (f.indicator() != null) {
            where.append(" AND t.indicator_id = :ind");
            params.put("ind", f.indicator().id);
        }
        if (f.unitId() != null) {
            where.append(" AND t.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.scope() != null) {
            where.append(" AND ").append(Scope.sql("t.unit_id"));
            params.put("scope", f.scope());
        }
        if (f.period() != null) {
            where.append(" AND t.period_type = :pt AND t.period_start = :ps");
            params.put("pt", f.period().type().name());
            params.put("ps", f.period().start());
        }
        Query count = em.createNativeQuery("SELECT count(*) FROM target t" + where);
        params.forEach(count::setParameter);
        Query select = em.createNativeQuery("SELECT i.code, t.unit_id, u.name, t.period_type, t.period_start, t.period_end, t.value, t.comment, t.version"
                + " FROM target t JOIN indicator i ON i.id = t.indicator_id JOIN unit u ON u.id = t.unit_id" + where
                + " ORDER BY i.code, t.period_start, u.name, t.unit_id LIMIT " + paging.size() + " OFFSET " + paging.offset(), Tuple.class);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = select.getResultList();
        return Page.of(rows.stream().map(t -> new Target(Rows.string(t, "code"), Rows.uuid(t, "unit_id"), Rows.string(t, "name"),
                periodOf(t).code(), Rows.decimal(t, "value"), Rows.string(t, "comment"), Rows.longValue(t, "version"))).toList(),
                paging, ((Number) count.getSingleResult()).longValue());
    }

    private static Period periodOf(Tuple t) {
        PeriodType type = PeriodType.valueOf(Rows.string(t, "period_type"));
        return type == PeriodType.TERM ? Period.term(Rows.date(t, "period_start"), Rows.date(t, "period_end"))
                : Period.of(type, Rows.date(t, "period_start"));
    }
}
