package vn.vwu.platform.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
class ReportQueries {

    private final EntityManager em;
    private final AccessControl access;
    private final UnitQueries units;

    public ReportQueries(EntityManager em, AccessControl access, UnitQueries units) {
        this.em = em;
        this.access = access;
        this.units = units;
    }

    public Report view(ReportEntity r) {
        return view(r, ReportFormEntity.findById(r.formId), UnitEntity.<UnitEntity>findById(r.unitId).ref());
    }

    private static Report view(ReportEntity r, ReportFormEntity form, UnitRef unit) {
        LocalDate due = ReportService.dueDate(form, r.periodEnd);
        return new Report(r.id, form.code, form.name, unit,
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
            where.append(" AND r.period_start >= :ps AND r.period_start < :pe AND r.period_end <= :pe");
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
        var select = em.createNativeQuery("SELECT r.* FROM report r JOIN unit u ON u.id = r.unit_id " + where
                + " ORDER BY r.period_start DESC, u.name, r.id LIMIT " + paging.size() + " OFFSET " + paging.offset(), ReportEntity.class);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<ReportEntity> page = select.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        if (page.isEmpty()) {
            return Page.of(List.of(), paging, total);
        }
        // One query for the page's units and one for the (few) forms, not two lookups per report.
        Map<UUID, UnitRef> unitRefs = new HashMap<>();
        UnitEntity.<UnitEntity>list("id in ?1", page.stream().map(r -> r.unitId).distinct().toList())
                .forEach(u -> unitRefs.put(u.id, u.ref()));
        Map<UUID, ReportFormEntity> forms = new HashMap<>();
        ReportFormEntity.<ReportFormEntity>listAll().forEach(f -> forms.put(f.id, f));
        List<Report> items = page.stream().map(r -> view(r, forms.get(r.formId), unitRefs.get(r.unitId))).toList();
        return Page.of(items, paging, total);
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
        // The reports of these units only, in one query.
        Map<UUID, ReportEntity> reportOf = new HashMap<>();
        if (!children.isEmpty()) {
            ReportEntity.<ReportEntity>list("formId = ?1 and periodStart = ?2 and unitId in ?3", form.id, period.start(),
                    children.stream().map(UnitRef::id).toList()).forEach(r -> reportOf.put(r.unitId, r));
        }
        int onTime = 0, late = 0, approved = 0, returned = 0, draft = 0, missing = 0;
        List<Completeness.Entry> entries = new ArrayList<>();
        for (UnitRef child : children) {
            ReportEntity r = reportOf.get(child.id());
            if (r == null) {
                missing++;
                entries.add(new Completeness.Entry(child, "MISSING", null, null, null));
                continue;
            }
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
}
