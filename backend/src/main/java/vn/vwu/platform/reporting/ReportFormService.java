package vn.vwu.platform.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.indicators.catalogue.IndicatorEntity;
import vn.vwu.platform.indicators.PeriodType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Report forms: which indicators a periodic report holds, which of them are mandatory, and when it is due. */
@ApplicationScoped
class ReportFormService {

    private final EntityManager em;

    public ReportFormService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public ReportFormEntity create(ReportFormCreate in) {
        if (ReportFormEntity.byCode(in.code()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "A report form with code " + in.code() + " already exists",
                    List.of(new FieldError("code", "already in use")));
        }
        ReportFormEntity f = new ReportFormEntity();
        f.id = UUID.randomUUID();
        f.code = in.code();
        apply(f, in);
        f.persist();
        em.flush();
        writeItems(f, in);
        return f;
    }

    @Transactional
    public ReportFormEntity update(UUID id, ReportFormCreate in, Long expectedVersion) {
        ReportFormEntity f = existing(id);
        ProblemException.requireVersion("report form", expectedVersion, f.version);
        apply(f, in);
        writeItems(f, in);
        return f;
    }

    public static ReportFormEntity existing(UUID id) {
        ReportFormEntity f = ReportFormEntity.findById(id);
        if (f == null) {
            throw ProblemException.notFound("Report form", id);
        }
        return f;
    }

    /** The form a request names by code; an unknown code is a 400 on `field`. */
    public static ReportFormEntity named(String field, String code) {
        return ReportFormEntity.byCode(code.trim()).orElseThrow(() -> ProblemException.invalid(field, "no report form with code " + code));
    }

    public ReportForm view(ReportFormEntity f) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT i.code, i.name, i.period_type, fi.mandatory FROM report_form_indicator fi JOIN indicator i ON i.id = fi.indicator_id
                WHERE fi.form_id = :f ORDER BY fi.position, i.code""", Tuple.class).setParameter("f", f.id).getResultList();
        List<ReportForm.Item> items = rows.stream().map(t -> new ReportForm.Item((String) t.get(0), (String) t.get(1),
                PeriodType.valueOf((String) t.get(2)), (Boolean) t.get(3))).toList();
        return new ReportForm(f.id, f.code, f.name, f.nameEn, f.periodType, f.deadlineDays, f.active, items, f.version);
    }

    public ReportFormCreate asInput(ReportFormEntity f) {
        ReportForm v = view(f);
        return new ReportFormCreate(f.code, f.name, f.nameEn, f.periodType, f.deadlineDays, f.active,
                v.indicators().stream().map(i -> new ReportFormCreate.Item(i.code(), i.mandatory())).toList());
    }

    private void apply(ReportFormEntity f, ReportFormCreate in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.periodType() == PeriodType.TERM || in.periodType() == PeriodType.RANGE) {
            errors.add(new FieldError("periodType", "must be MONTH, QUARTER, HALF_YEAR or YEAR"));
        }
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < in.indicators().size(); n++) {
            String code = in.indicators().get(n).code().trim();
            IndicatorEntity i = IndicatorEntity.byCode(code).orElse(null);
            String field = "indicators[" + n + "].code";
            if (i == null) {
                errors.add(new FieldError(field, "no indicator with code " + code));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(field, code + " is listed twice"));
            } else if (in.periodType() != null && i.periodType.ordinal() > in.periodType().ordinal()) {
                errors.add(new FieldError(field, code + " is reported per " + i.periodType + ", coarser than the form's " + in.periodType()));
            }
        }
        ProblemException.throwIfInvalid(errors, "fields");
        f.name = in.name().trim();
        f.nameEn = in.nameEn() == null || in.nameEn().isBlank() ? null : in.nameEn().trim();
        f.periodType = in.periodType();
        f.deadlineDays = in.deadlineDays();
        f.active = in.active() == null || in.active();
    }

    private void writeItems(ReportFormEntity f, ReportFormCreate in) {
        em.createNativeQuery("DELETE FROM report_form_indicator WHERE form_id = :f").setParameter("f", f.id).executeUpdate();
        int position = 0;
        for (ReportFormCreate.Item item : in.indicators()) {
            IndicatorEntity i = IndicatorEntity.byCode(item.code().trim()).orElseThrow();
            em.createNativeQuery("INSERT INTO report_form_indicator (form_id, indicator_id, mandatory, position) VALUES (:f, :i, :m, :p)")
                    .setParameter("f", f.id).setParameter("i", i.id).setParameter("m", Boolean.TRUE.equals(item.mandatory()))
                    .setParameter("p", ++position).executeUpdate();
        }
    }
}
