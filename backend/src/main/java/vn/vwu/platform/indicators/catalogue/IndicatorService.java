package vn.vwu.platform.indicators.catalogue;

import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.common.text.Blank;
import vn.vwu.platform.common.web.MergePatch;
import vn.vwu.platform.indicators.PeriodType;
import vn.vwu.platform.units.UnitLevel;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The indicator catalogue: creation with rule checks, corrections, deactivation, deletion of unused ones. */
@ApplicationScoped
class IndicatorService {

    /** Fields that change what stored values mean: frozen once the indicator has data. */
    private static final Set<String> RULE_FIELDS = Set.of("valueType", "periodType", "unitAggregation", "timeAggregation",
            "numeratorCode", "denominatorCode", "factor", "countOperator", "countThreshold", "categoryOptions", "code", "decimals",
            "derivation");

    private final EntityManager em;

    public IndicatorService(EntityManager em) {
        this.em = em;
    }

    /** What indicator views need besides the entity: codes of indicators and programmes, programme links. */
    public record Lookups(Map<UUID, String> indicatorCodes, Map<UUID, String> programmeCodes, Map<UUID, List<String>> programmesOf) {
    }

    public Indicator toApi(IndicatorEntity e) {
        return toApi(e, lookupsFor(e));
    }

    /** Lookups for one indicator's view: the codes it names, not the whole catalogue's (read for each GET before). */
    @SuppressWarnings("unchecked")
    private Lookups lookupsFor(IndicatorEntity e) {
        Map<UUID, String> codes = new HashMap<>();
        for (UUID id : new UUID[]{e.numeratorId, e.denominatorId}) {
            IndicatorEntity named = id == null ? null : IndicatorEntity.findById(id);
            if (named != null) {
                codes.put(id, named.code);
            }
        }
        Map<UUID, String> programmes = new HashMap<>();
        if (e.isDerived()) {
            for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT id, code FROM programme").getResultList()) {
                programmes.put((UUID) row[0], (String) row[1]);
            }
        }
        return new Lookups(codes, programmes, Map.of(e.id, linkedProgrammes(e.id)));
    }

    /** Lookups for views of indicators from a catalogue the caller has already read. */
    @SuppressWarnings("unchecked")
    public Lookups lookups(List<IndicatorEntity> catalogue) {
        Map<UUID, String> codes = new HashMap<>();
        catalogue.forEach(i -> codes.put(i.id, i.code));
        Map<UUID, String> programmes = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT id, code FROM programme").getResultList()) {
            programmes.put((UUID) row[0], (String) row[1]);
        }
        Map<UUID, List<String>> links = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT l.indicator_id, p.code FROM indicator_programme l"
                + " JOIN programme p ON p.id = l.programme_id ORDER BY p.code").getResultList()) {
            links.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return new Lookups(codes, programmes, links);
    }

    static Indicator toApi(IndicatorEntity e, Lookups l) {
        Map<UUID, String> codes = l.indicatorCodes();
        Derivation derivation = !e.isDerived() ? null : new Derivation(e.derivedMeasure, List.of(e.derivedActivityTypes),
                Arrays.stream(e.derivedProgrammeIds).map(l.programmeCodes()::get).toList());
        return new Indicator(e.id, e.code, e.name, e.nameEn, e.description, e.unitOfMeasure, Terms.measure(e.unitOfMeasure), e.valueType, e.decimals, e.higherIsBetter,
                Arrays.stream(e.reportingLevels).map(UnitLevel::valueOf).toList(), e.periodType, e.unitAggregation, e.timeAggregation,
                e.numeratorId == null ? null : codes.get(e.numeratorId), e.denominatorId == null ? null : codes.get(e.denominatorId),
                strip(e.factor), e.countOperator, strip(e.countThreshold), strip(e.minValue), strip(e.maxValue), e.grouping,
                List.of(e.categoryOptions), Arrays.stream(e.categoryOptions).map(Terms::option).toList(), e.active, derivation, l.programmesOf().getOrDefault(e.id, List.of()));
    }

    private static BigDecimal strip(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
    }

    @Transactional
    public IndicatorEntity create(IndicatorCreate in) {
        List<FieldError> errors = new ArrayList<>();
        if (IndicatorEntity.byCode(in.code()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "An indicator with code " + in.code() + " already exists",
                    List.of(new FieldError("code", "already in use")));
        }
        if (in.periodType() == PeriodType.RANGE) {
            errors.add(new FieldError("periodType", "RANGE is for queries; values are reported per MONTH, QUARTER, HALF_YEAR, YEAR or TERM"));
        }
        int decimals = in.decimals() == null ? 0 : in.decimals();
        if ((in.valueType() == ValueType.INTEGER || in.valueType() == ValueType.MONEY) && decimals != 0) {
            errors.add(new FieldError("decimals", in.valueType() + " values are whole numbers: decimals must be 0"));
        }
        List<UnitLevel> levels = in.reportingLevels() == null ? List.of() : in.reportingLevels();
        IndicatorEntity e = new IndicatorEntity();
        e.id = UUID.randomUUID();
        switch (in.unitAggregation()) {
            case SUM -> {
                if (in.derivation() != null) {
                    derivation(in, levels, e, errors);
                } else if (levels.isEmpty()) {
                    errors.add(new FieldError("reportingLevels", "a reported (SUM) indicator needs at least one reporting level"));
                }
                forbid(errors, in.numeratorCode(), "numeratorCode", "applies to RATIO and COUNT_UNITS only");
                forbid(errors, in.denominatorCode(), "denominatorCode", "applies to RATIO only");
            }
            case RATIO -> {
                e.numeratorId = reference(errors, "numeratorCode", in.numeratorCode());
                e.denominatorId = reference(errors, "denominatorCode", in.denominatorCode());
                if (!levels.isEmpty()) {
                    errors.add(new FieldError("reportingLevels", "a RATIO is computed from its numerator and denominator, never reported"));
                }
            }
            case COUNT_UNITS -> {
                e.numeratorId = reference(errors, "numeratorCode", in.numeratorCode());
                if (in.countOperator() == null) {
                    errors.add(new FieldError("countOperator", "is required for COUNT_UNITS"));
                }
                if (in.countThreshold() == null) {
                    errors.add(new FieldError("countThreshold", "is required for COUNT_UNITS"));
                }
                if (!levels.isEmpty()) {
                    errors.add(new FieldError("reportingLevels", "a COUNT_UNITS indicator is computed, never reported"));
                }
            }
        }
        if (in.minValue() != null && in.maxValue() != null && in.minValue().compareTo(in.maxValue()) > 0) {
            errors.add(new FieldError("maxValue", "must not be below minValue"));
        }
        ProblemException.throwIfInvalid(errors, "fields");
        e.code = in.code();
        e.name = in.name().trim();
        e.nameEn = Blank.toNull(in.nameEn());
        e.description = Blank.toNull(in.description());
        e.unitOfMeasure = in.unitOfMeasure().trim();
        e.valueType = in.valueType();
        e.decimals = (short) decimals;
        e.higherIsBetter = in.higherIsBetter() == null || in.higherIsBetter();
        e.reportingLevels = levels.stream().map(Enum::name).distinct().toArray(String[]::new);
        e.periodType = in.periodType();
        e.unitAggregation = in.unitAggregation();
        e.timeAggregation = in.timeAggregation();
        e.factor = in.unitAggregation() == UnitAggregation.RATIO ? (in.factor() == null ? BigDecimal.ONE : in.factor()) : null;
        e.countOperator = in.countOperator();
        e.countThreshold = in.countThreshold();
        e.minValue = in.minValue();
        e.maxValue = in.maxValue();
        e.grouping = Blank.toNull(in.grouping());
        e.categoryOptions = in.categoryOptions() == null ? new String[0] : in.categoryOptions().stream().map(String::trim).distinct().toArray(String[]::new);
        e.active = true;
        List<UUID> programmes = programmeIds(in.programmeCodes(), "programmeCodes", errors);
        ProblemException.throwIfInvalid(errors, "fields");
        e.persist();
        em.flush();
        linkProgrammes(e.id, programmes);
        if (e.isDerived()) {
            // Figures from the activities already recorded, in this transaction: a derived indicator is complete from its first answer.
            em.createNativeQuery("SELECT refresh_derived_values(CAST(string_to_array(:id, ',') AS uuid[]), NULL, NULL)")
                    .setParameter("id", e.id.toString()).getSingleResult();
        }
        return e;
    }

    /** Checks a derivation against the rest of the definition and records it on the entity. */
    private void derivation(IndicatorCreate in, List<UnitLevel> levels, IndicatorEntity e, List<FieldError> errors) {
        Derivation d = in.derivation();
        if (!levels.isEmpty()) {
            errors.add(new FieldError("reportingLevels", "a derived indicator is counted from activities, never reported: leave it empty"));
        }
        if (in.timeAggregation() != TimeAggregation.SUM) {
            errors.add(new FieldError("timeAggregation", "a derived indicator adds up its months: SUM"));
        }
        if (in.periodType() != PeriodType.MONTH) {
            errors.add(new FieldError("periodType", "derived figures are kept per month (coarser periods are computed): MONTH"));
        }
        if (in.valueType() != d.measure().valueType()) {
            errors.add(new FieldError("valueType", d.measure() + " is measured as " + d.measure().valueType()));
        }
        if (in.categoryOptions() != null && !in.categoryOptions().isEmpty()) {
            errors.add(new FieldError("categoryOptions", "a derived indicator has no disaggregation"));
        }
        List<String> types = d.activityTypes() == null ? List.of() : d.activityTypes().stream().map(String::trim).distinct().toList();
        for (String t : types) {
            if (count("SELECT count(*) FROM activity_type WHERE code = :id", t) == 0) {
                errors.add(new FieldError("derivation.activityTypes", "no activity type with code " + t));
            }
        }
        e.derivedMeasure = d.measure();
        e.derivedActivityTypes = types.toArray(String[]::new);
        e.derivedProgrammeIds = programmeIds(d.programmeCodes(), "derivation.programmeCodes", errors).toArray(UUID[]::new);
    }

    private List<UUID> programmeIds(List<String> codes, String field, List<FieldError> errors) {
        List<UUID> ids = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes.stream().map(String::trim).distinct().toList()) {
            List<?> found = em.createNativeQuery("SELECT id FROM programme WHERE code = :c").setParameter("c", code).getResultList();
            if (found.isEmpty()) {
                errors.add(new FieldError(field, "no programme with code " + code));
            } else {
                ids.add((UUID) found.get(0));
            }
        }
        return ids;
    }

    private void linkProgrammes(UUID indicatorId, List<UUID> programmes) {
        em.createNativeQuery("DELETE FROM indicator_programme WHERE indicator_id = :i").setParameter("i", indicatorId).executeUpdate();
        for (UUID p : programmes) {
            em.createNativeQuery("INSERT INTO indicator_programme (indicator_id, programme_id) VALUES (:i, :p)")
                    .setParameter("i", indicatorId).setParameter("p", p).executeUpdate();
        }
    }

    /**
     * Types and aggregation rules change what stored values mean: a patch naming one is refused with a message that
     * says what to do instead.
     */
    static void refuseRuleChanges(JsonNode patch) {
        MergePatch.refuse(patch, RULE_FIELDS, "aggregation rules and types cannot change: create a new indicator and deactivate this one");
    }

    /** The indicator's changeable attributes now: what a merge patch is applied to. */
    IndicatorAttributes attributes(UUID id) {
        IndicatorEntity e = existing(id);
        return IndicatorAttributes.of(e, linkedProgrammes(e.id));
    }

    private IndicatorEntity existing(UUID id) {
        IndicatorEntity e = IndicatorEntity.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Indicator", id);
        }
        return e;
    }

    private List<String> linkedProgrammes(UUID indicatorId) {
        return em.createNativeQuery("SELECT p.code FROM indicator_programme l JOIN programme p ON p.id = l.programme_id"
                + " WHERE l.indicator_id = :i ORDER BY p.code", String.class).setParameter("i", indicatorId).getResultList();
    }

    /** Changes an indicator's attributes (`merged`: a merge patch applied to {@link #attributes}). */
    @Transactional
    IndicatorEntity update(UUID id, IndicatorAttributes merged, Long expectedVersion) {
        IndicatorEntity e = existing(id);
        ProblemException.requireVersion("indicator", expectedVersion, e.version);
        List<String> codes = merged.programmeCodes().stream().map(String::trim).distinct().sorted().toList();
        if (!codes.equals(linkedProgrammes(e.id))) {
            List<FieldError> errors = new ArrayList<>();
            List<UUID> programmes = programmeIds(codes, "programmeCodes", errors);
            ProblemException.throwIfInvalid(errors, "fields");
            linkProgrammes(e.id, programmes);
            e.updatedAt = java.time.OffsetDateTime.now(); // the links are part of the indicator: its version moves too
        }
        e.name = merged.name().trim();
        e.nameEn = Blank.toNull(merged.nameEn());
        e.description = Blank.toNull(merged.description());
        e.unitOfMeasure = merged.unitOfMeasure().trim();
        e.grouping = Blank.toNull(merged.grouping());
        e.active = merged.active();
        e.higherIsBetter = merged.higherIsBetter();
        e.minValue = merged.minValue();
        e.maxValue = merged.maxValue();
        e.reportingLevels = merged.reportingLevels().stream().map(UnitLevel::name).distinct().toArray(String[]::new);
        if (e.minValue != null && e.maxValue != null && e.minValue.compareTo(e.maxValue) > 0) {
            throw ProblemException.invalid("maxValue", "must not be below minValue");
        }
        if (e.isReported() && !e.isDerived() && e.reportingLevels.length == 0) {
            throw ProblemException.invalid("reportingLevels", "a reported indicator needs at least one reporting level");
        }
        e.persistAndFlush();
        return e;
    }

    /** Deletes an indicator that nothing uses; one with data or dependants can only be deactivated. */
    @Transactional
    public void delete(UUID id) {
        IndicatorEntity e = IndicatorEntity.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Indicator", id);
        }
        long values = count("SELECT count(*) FROM (SELECT 1 FROM data_value WHERE indicator_id = :id LIMIT 1) x", id)
                + count("SELECT count(*) FROM (SELECT 1 FROM target WHERE indicator_id = :id LIMIT 1) x", id);
        if (values > 0) {
            throw new ProblemException(ProblemType.CONFLICT, e.code + " has reported values or targets: deactivate it instead (PATCH active=false)");
        }
        long dependants = count("SELECT count(*) FROM indicator WHERE numerator_id = :id OR denominator_id = :id", id);
        if (dependants > 0) {
            throw new ProblemException(ProblemType.CONFLICT, e.code + " is used by " + dependants + " computed indicator(s): delete or change those first");
        }
        linkProgrammes(e.id, List.of());
        e.delete();
    }

    private long count(String sql, Object id) {
        return ((Number) em.createNativeQuery(sql).setParameter("id", id).getSingleResult()).longValue();
    }

    private static UUID reference(List<FieldError> errors, String field, String code) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return IndicatorEntity.byCode(code.trim()).map(i -> {
            if (!i.isReported()) {
                errors.add(new FieldError(field, code + " is itself computed; ratios and counts are built on reported (SUM) indicators"));
            }
            return i.id;
        }).orElseGet(() -> {
            errors.add(new FieldError(field, "no indicator with code " + code));
            return null;
        });
    }

    private static void forbid(List<FieldError> errors, String value, String field, String message) {
        if (value != null) {
            errors.add(new FieldError(field, message));
        }
    }

}
