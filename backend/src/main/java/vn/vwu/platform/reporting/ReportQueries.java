package vn.vwu.platform.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Scope;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.units.UnitEntity;
import vn.vwu.platform.units.UnitQueries;
import vn.vwu.platform.units.UnitRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Report listings and completeness, within the caller's scope. */
@ApplicationScoped
public class ReportQueries {

    private final EntityManager em;
    private final AccessControl access;
    private final UnitQueries units;

    public ReportQueries(EntityManager em, AccessControl access, UnitQueries units) {
        this.em = em;
        this.access = access;
        this.units = units;
    }

    public Report view(ReportEntity r) {
        ReportFormEntity form = ReportFormEntity.findById(r.formId);
        LocalDate due = ReportService.dueDate(form, r.periodEnd);
        return new Report(r.id, form.code, form.name, UnitEntity.<UnitEntity>findById(r.unitId).ref(),
                Period.of(form.periodType, r.periodStart).code(), r.status, due, r.submittedAt, r.submittedBy, ReportService.onTime(r, due),
                r.decidedAt, r.decidedBy, r.reason, r.version);
    }

    public Page<Report> list(UUID unitId, boolean children, ReportFormEntity form, Period period, ReportStatus status, PageRequest paging) {
        StringBuilder where = new StringBuilder("WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (unitId != null) {
            access.requireReadable(unitId);
            where.append(children ? " AND EXISTS (SELECT 1 FROM unit_parent p WHERE p.unit_id = r.unit_id AND p.parent_id = :unit"
                    + " AND p.valid_from < r.period_end AND (p.valid_to IS NULL OR p.valid_to > r.period_start))" : " AND r.unit_id = :unit");
            params.put("unit", unitId);
        }
        if (form != null) {
            where.append(" AND r.form_id = :form");
            params.put("form", form.id);
        }
        if (period != null) {
            where.append(" AND r.period_start >= :ps AND r.period_end <= :pe");
            params.put("ps", period.start());
            params.put("pe", period.end());
        }
        if (status != null) {
            where.append(" AND r.status = :status");
            params.put("status", status.name());
        }
        String scope = access.scope().csv();
        if (scope != null) {
            where.append(" AND ").append(Scope.sql("r.unit_id"));
            params.put("scope", scope);
        }
        var count = em.createNativeQuery("SELECT count(*) FROM report r " + where);
        params.forEach(count::setParameter);
        var select = em.createNativeQuery("SELECT r.id FROM report r JOIN unit u ON u.id = r.unit_id " + where
                + " ORDER BY r.period_start DESC, u.name, r.id LIMIT " + paging.size() + " OFFSET " + paging.offset());
        params.forEach(select::setParameter);
        List<Report> items = new ArrayList<>();
        for (Object id : select.getResultList()) {
            items.add(view(ReportEntity.findById(id instanceof UUID u ? u : UUID.fromString(id.toString()))));
        }
        return Page.of(items, paging, ((Number) count.getSingleResult()).longValue());
    }

    /** The units directly below `unitId` on the period's last day, each with the state of its report. */
    public Completeness completeness(UUID unitId, ReportFormEntity form, Period period) {
        access.requireReadable(unitId);
        if (period.type() != form.periodType) {
            throw ProblemException.invalid("period", form.code + " is reported per " + form.periodType + ", not " + period.type());
        }
        LocalDate last = period.end().minusDays(1);
        LocalDate due = ReportService.dueDate(form, period.end());
        List<UnitRef> children = units.childRefs(unitId, last);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT r.id, r.unit_id FROM report r WHERE r.form_id = :f AND r.period_start = :s", Tuple.class)
                .setParameter("f", form.id).setParameter("s", period.start()).getResultList();
        Map<UUID, UUID> reportOf = new HashMap<>();
        for (Tuple t : rows) {
            reportOf.put(toUuid(t.get(1)), toUuid(t.get(0)));
        }
        int onTime = 0, late = 0, approved = 0, returned = 0, draft = 0, missing = 0;
        List<Completeness.Entry> entries = new ArrayList<>();
        for (UnitRef child : children) {
            UUID reportId = reportOf.get(child.id());
            if (reportId == null) {
                missing++;
                entries.add(new Completeness.Entry(child, "MISSING", null, null, null));
                continue;
            }
            ReportEntity r = ReportEntity.findById(reportId);
            Boolean inTime = ReportService.onTime(r, due);
            switch (r.status) {
                case APPROVED -> approved++;
                case RETURNED -> returned++;
                case DRAFT -> draft++;
                default -> { }
            }
            if (r.status == ReportStatus.SUBMITTED || r.status == ReportStatus.APPROVED) {
                if (Boolean.TRUE.equals(inTime)) {
                    onTime++;
                } else {
                    late++;
                }
            }
            entries.add(new Completeness.Entry(child, r.status.name(), inTime, r.submittedAt, r.id));
        }
        return new Completeness(UnitEntity.<UnitEntity>findById(unitId).ref(), form.code, period.code(), due,
                new Completeness.Counts(children.size(), onTime, late, approved, returned, draft, missing), entries);
    }

    private static UUID toUuid(Object o) {
        return o instanceof UUID u ? u : UUID.fromString(o.toString());
    }
}
