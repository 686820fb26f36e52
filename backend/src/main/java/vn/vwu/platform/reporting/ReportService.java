package vn.vwu.platform.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.audit.AuditLog;
import vn.vwu.platform.access.Principal;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.common.Metrics;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.VwuConfig;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.common.web.Params;
import vn.vwu.platform.indicators.catalogue.IndicatorEntity;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.units.Hierarchy;
import vn.vwu.platform.units.UnitEntity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The reporting workflow. Editors of a unit open and submit its reports; APPROVERs of the unit directly above
 * approve, return (with a reason) or reopen (with a reason) them; at the top, the unit's own approvers do.
 * Every transition locks the report row, so two decisions never interleave, and is recorded in the audit trail.
 */
@ApplicationScoped
class ReportService {

    private final EntityManager em;
    private final Hierarchy hierarchy;
    private final AccessControl access;
    private final AuditLog audit;
    private final Metrics metrics;
    private final boolean separationOfDuties;

    public ReportService(EntityManager em, Hierarchy hierarchy, AccessControl access, AuditLog audit, Metrics metrics, VwuConfig config) {
        this.em = em;
        this.hierarchy = hierarchy;
        this.access = access;
        this.audit = audit;
        this.metrics = metrics;
        this.separationOfDuties = config.auth().separationOfDuties();
    }

    public record Opened(ReportEntity report, boolean created) {
    }

    @Transactional
    public Opened open(ReportOpen in) {
        ReportFormEntity form = ReportFormService.named("form", in.form());
        Period period = Period.parse("period", in.period(), false);
        if (period.type() != form.periodType) {
            throw ProblemException.invalid("period", form.code + " is reported per " + form.periodType + ", not " + period.type());
        }
        access.requireWritable(in.unitId(), Role.EDITOR);
        UnitEntity unit = UnitEntity.findById(in.unitId());
        if (unit == null || !unit.aliveOn(period.end().minusDays(1)) || !unit.aliveOn(period.start())) {
            throw ProblemException.rule("period", (unit == null ? "The unit" : unit.name) + " does not exist for the whole of " + period.code());
        }
        if (!form.active) {
            throw ProblemException.rule("form", form.code + " is deactivated");
        }
        List<ReportEntity> existing = ReportEntity.list("formId = ?1 and unitId = ?2 and periodStart = ?3", form.id, unit.id, period.start());
        if (!existing.isEmpty()) {
            return new Opened(existing.get(0), false);
        }
        ReportEntity r = new ReportEntity();
        r.id = UUID.randomUUID();
        r.formId = form.id;
        r.unitId = unit.id;
        r.periodStart = period.start();
        r.periodEnd = period.end();
        r.status = ReportStatus.DRAFT;
        r.persist();
        return new Opened(r, true);
    }

    @Transactional
    public ReportEntity submit(UUID id, Long expectedVersion) {
        access.requireRole(Role.EDITOR);
        ReportEntity r = lockVisible(id, expectedVersion);
        Principal p = access.requireWritable(r.unitId, Role.EDITOR);
        require(r, ReportStatus.DRAFT, ReportStatus.RETURNED);
        List<FieldError> missing = missingMandatory(r);
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.DOMAIN_RULE, missing.size() + " mandatory indicator(s) lack values for the period", missing);
        }
        r.status = ReportStatus.SUBMITTED;
        r.submittedAt = OffsetDateTime.now();
        r.submittedBy = p.username();
        audit.record("SUBMIT", "REPORT", r.id.toString(), r.unitId, null);
        metrics.reportTransition("SUBMIT");
        return r;
    }

    @Transactional
    public ReportEntity approve(UUID id, Long expectedVersion) {
        return decide(id, expectedVersion, ReportStatus.SUBMITTED, ReportStatus.APPROVED, "APPROVE", null, false);
    }

    @Transactional
    public ReportEntity returnForCorrection(UUID id, String reason, Long expectedVersion) {
        return decide(id, expectedVersion, ReportStatus.SUBMITTED, ReportStatus.RETURNED, "RETURN", reason, true);
    }

    @Transactional
    public ReportEntity reopen(UUID id, String reason, Long expectedVersion) {
        return decide(id, expectedVersion, ReportStatus.APPROVED, ReportStatus.RETURNED, "REOPEN", reason, true);
    }

    /**
     * An approver's decision, checked in this order: the role (403), the report (404 outside the scope), the
     * approver's position (403), the reason where one is needed (400), the status (409).
     */
    private ReportEntity decide(UUID id, Long expectedVersion, ReportStatus from, ReportStatus to, String action, String givenReason,
                                boolean reasonNeeded) {
        Principal p = access.requireRole(Role.APPROVER);
        ReportEntity r = lockVisible(id, expectedVersion);
        requireApproverOf(r, p);
        if (to == ReportStatus.APPROVED && separationOfDuties && p.username().equals(r.submittedBy)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You submitted this report: another approver must approve it");
        }
        String reason = reasonNeeded ? requireReason(givenReason) : null;
        require(r, from);
        r.status = to;
        r.decidedAt = OffsetDateTime.now();
        r.decidedBy = p.username();
        if (reason != null) {
            r.reason = reason;
        }
        audit.record(action, "REPORT", r.id.toString(), r.unitId, reason);
        metrics.reportTransition(action);
        return r;
    }

    /** A report of the caller's scope; 404 otherwise, exactly as if it did not exist. */
    public ReportEntity visible(UUID id) {
        ReportEntity r = ReportEntity.findById(id);
        if (r == null) {
            throw ProblemException.notFound("Report", id);
        }
        access.requireHolderInScope(r.unitId, "Report", id);
        return r;
    }

    public static LocalDate dueDate(ReportFormEntity form, LocalDate periodEnd) {
        return periodEnd.minusDays(1).plusDays(form.deadlineDays);
    }

    public static Boolean onTime(ReportEntity r, LocalDate due) {
        return r.submittedAt == null ? null : !r.submittedAt.atZoneSameInstant(Params.VIETNAM).toLocalDate().isAfter(due);
    }

    /** The unit directly above, on the report period's last day; null at the top. */
    private ReportEntity lockVisible(UUID id, Long expectedVersion) {
        ReportEntity r = visible(id);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        ProblemException.requireVersion("report", expectedVersion, r.version);
        return r;
    }

    private void requireApproverOf(ReportEntity r, Principal p) {
        if (p.isAdmin()) {
            return;
        }
        UUID approverUnit = hierarchy.parentOn(r.unitId, r.periodEnd.minusDays(1)).orElse(r.unitId);
        // The person's own unit, not a token's: a token limited to a unit below gains no approver's position there.
        if (!approverUnit.equals(p.accountUnitId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Reports are approved by an APPROVER of the unit directly above ("
                    + UnitEntity.<UnitEntity>findById(approverUnit).name + ")");
        }
    }

    private static void require(ReportEntity r, ReportStatus... allowed) {
        for (ReportStatus s : allowed) {
            if (r.status == s) {
                return;
            }
        }
        throw new ProblemException(ProblemType.CONFLICT, "The report is " + r.status + "; this needs it to be "
                + (allowed.length == 1 ? allowed[0] : java.util.Arrays.toString(allowed)));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required: say what must be corrected");
        }
        return reason.trim();
    }

    /** Mandatory indicators reported at the unit's level without a value for every one of their periods in the report's. */
    private List<FieldError> missingMandatory(ReportEntity r) {
        UnitEntity unit = UnitEntity.findById(r.unitId);
        @SuppressWarnings("unchecked")
        List<Tuple> items = em.createNativeQuery("""
                SELECT i.id, i.code FROM report_form_indicator fi JOIN indicator i ON i.id = fi.indicator_id
                WHERE fi.form_id = :f AND fi.mandatory AND CAST(:level AS varchar) = ANY (i.reporting_levels) ORDER BY fi.position""", Tuple.class)
                .setParameter("f", r.formId).setParameter("level", unit.level.name()).getResultList();
        Period reportPeriod = Period.of(ReportFormEntity.<ReportFormEntity>findById(r.formId).periodType, r.periodStart);
        List<FieldError> missing = new ArrayList<>();
        for (Tuple t : items) {
            IndicatorEntity i = IndicatorEntity.findById(t.get(0));
            int expected = reportPeriod.split(i.periodType).size();
            long present = ((Number) em.createNativeQuery("""
                    SELECT count(DISTINCT period_start) FROM data_value WHERE indicator_id = :i AND unit_id = :u
                      AND period_start >= :s AND period_start < :e AND period_end <= :e""").setParameter("i", i.id).setParameter("u", r.unitId)
                    .setParameter("s", r.periodStart).setParameter("e", r.periodEnd).getSingleResult()).longValue();
            if (present < expected) {
                missing.add(new FieldError("indicators." + i.code, "has values for " + present + " of its " + expected + " period(s)"));
            }
        }
        return missing;
    }
}
