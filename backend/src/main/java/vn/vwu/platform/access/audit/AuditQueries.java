package vn.vwu.platform.access.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import vn.vwu.platform.access.Scope;
import vn.vwu.platform.common.db.Rows;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.common.text.Blank;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.indicators.PeriodType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading the audit trail, newest first, within what the caller may see. */
@ApplicationScoped
public class AuditQueries {

    public record Filter(String entity, String entityId, UUID unitId, boolean subtree, UUID actorId, OffsetDateTime from, OffsetDateTime to) {
    }

    private final EntityManager em;
    private final ObjectMapper mapper;

    public AuditQueries(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** `scope` null: everything (administrators); otherwise only events of units in it. */
    public Page<AuditEvent> list(Filter f, Scope scope, PageRequest paging) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (f.entity() != null) {
            where.append(" AND e.entity = :entity");
            params.put("entity", f.entity());
        }
        if (f.entityId() != null) {
            where.append(" AND e.entity_id = :entityId");
            params.put("entityId", f.entityId());
        }
        if (f.unitId() != null) {
            where.append(f.subtree() ? " AND EXISTS (SELECT 1 FROM unit_closure c WHERE c.ancestor_id = :unit AND c.descendant_id = e.unit_id)"
                    : " AND e.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.actorId() != null) {
            where.append(" AND e.actor_id = :actor");
            params.put("actor", f.actorId());
        }
        if (f.from() != null) {
            where.append(" AND e.at >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" AND e.at < :to");
            params.put("to", f.to());
        }
        if (scope != null && !scope.all()) {
            where.append(" AND ").append(Scope.sql("e.unit_id"));
            params.put("scope", scope.csv());
        }
        return page("e.id, e.at, e.actor_id, e.actor_name, e.via, e.ip, e.user_agent, e.request_id, e.action, e.entity, e.entity_id,"
                + " e.unit_id, CAST(e.before AS text) AS before, CAST(e.after AS text) AS after, e.detail",
                " FROM audit_event e" + where, "e.id DESC", params, this::event, paging);
    }

    /**
     * Every change of one reported value, newest first: its rows in value_change (V16) joined to the events that made
     * them. The key follows value_change_key_idx, so a value's history is one index range however large the trail.
     */
    public Page<AuditEvent> valueHistory(UUID indicatorId, UUID unitId, LocalDate periodStart, String categoryOption, PageRequest paging) {
        return page("e.id, e.at, e.actor_id, e.actor_name, e.via, e.ip, e.user_agent, e.request_id, e.action, e.entity,"
                + " value_key(v.indicator_id, v.unit_id, v.period_start, v.category_option) AS entity_id, v.unit_id, e.detail,"
                + " v.before_value, v.before_comment, v.after_value, v.after_comment, v.after_source",
                " FROM value_change v JOIN audit_event e ON e.id = v.event_id"
                + " WHERE v.indicator_id = :i AND v.period_start = :p AND v.unit_id = :u AND v.category_option = :o",
                "v.event_id DESC", Map.of("i", indicatorId, "p", periodStart, "u", unitId, "o", categoryOption), this::valueEvent, paging);
    }

    /** True if the event exists and the scope sees it: every event for `all`, otherwise those of units in it. */
    public boolean isVisible(long eventId, Scope scope) {
        @SuppressWarnings("unchecked")
        List<UUID> units = em.createNativeQuery("SELECT unit_id FROM audit_event WHERE id = :id", UUID.class).setParameter("id", eventId).getResultList();
        return !units.isEmpty() && (scope.all() || units.get(0) != null && scope.contains(units.get(0)));
    }

    /**
     * The values one event changed, by indicator, period, unit and option: its rows in value_change, found through
     * value_change_event_idx (V18). Periods are written as codes of their indicator's period type.
     */
    public Page<ValueChange> valuesChangedBy(long eventId, PageRequest paging) {
        return page("i.code, i.name, i.name_en, i.period_type, v.unit_id, u.name AS unit_name, v.period_start, v.category_option,"
                + " v.before_value, v.before_comment, v.after_value, v.after_comment, v.after_source",
                " FROM value_change v JOIN indicator i ON i.id = v.indicator_id JOIN unit u ON u.id = v.unit_id WHERE v.event_id = :e",
                "i.code, v.period_start, u.code, v.unit_id, v.category_option", Map.of("e", eventId), AuditQueries::valueChange, paging);
    }

    private static ValueChange valueChange(Tuple t) {
        return new ValueChange(Rows.string(t, "code"), Rows.string(t, "name"), Rows.string(t, "name_en"),
                Rows.uuid(t, "unit_id"), Rows.string(t, "unit_name"),
                Period.of(PeriodType.valueOf(Rows.string(t, "period_type")), Rows.date(t, "period_start")).code(),
                Blank.toNull(Rows.string(t, "category_option")), Rows.decimal(t, "before_value"), Rows.string(t, "before_comment"),
                Rows.decimal(t, "after_value"), Rows.string(t, "after_comment"), Rows.string(t, "after_source"));
    }

    /**
     * A page of `from`'s rows in `order` (events: newest first) as `toItem` makes them, and how many there are in
     * all. The count reads only `from` (joins included), so it agrees with the page.
     */
    private <T> Page<T> page(String columns, String from, String order, Map<String, Object> params,
                             java.util.function.Function<Tuple, T> toItem, PageRequest paging) {
        Query count = em.createNativeQuery("SELECT count(*)" + from);
        params.forEach(count::setParameter);
        Query select = em.createNativeQuery("SELECT " + columns + from + " ORDER BY " + order + " LIMIT " + paging.size()
                + " OFFSET " + paging.offset(), Tuple.class);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = select.getResultList();
        return Page.of(rows.stream().map(toItem).toList(), paging, ((Number) count.getSingleResult()).longValue());
    }

    private AuditEvent valueEvent(Tuple t) {
        String action = Rows.string(t, "action");
        ObjectNode before = action.equals("CREATE") ? null : valueState(Rows.decimal(t, "before_value"), Rows.string(t, "before_comment"));
        ObjectNode after = action.equals("DELETE") ? null : valueState(Rows.decimal(t, "after_value"), Rows.string(t, "after_comment"))
                .put("source", Rows.string(t, "after_source"));
        return event(t, before, after);
    }

    private ObjectNode valueState(BigDecimal value, String comment) {
        return mapper.createObjectNode().put("value", value).put("comment", comment);
    }

    private AuditEvent event(Tuple t) {
        return event(t, json(Rows.string(t, "before")), json(Rows.string(t, "after")));
    }

    private static AuditEvent event(Tuple t, JsonNode before, JsonNode after) {
        return new AuditEvent(Rows.longValue(t, "id"), Rows.offsetDateTime(t, "at"), Rows.uuid(t, "actor_id"), Rows.string(t, "actor_name"),
                Rows.string(t, "via"), Rows.string(t, "ip"), Rows.string(t, "user_agent"), Rows.string(t, "request_id"),
                Rows.string(t, "action"), Rows.string(t, "entity"), Rows.string(t, "entity_id"), Rows.uuid(t, "unit_id"), before, after,
                Rows.string(t, "detail"));
    }

    private JsonNode json(String text) {
        try {
            return text == null ? null : mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
