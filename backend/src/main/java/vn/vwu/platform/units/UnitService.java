package vn.vwu.platform.units;

import vn.vwu.platform.common.text.Blank;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.common.web.MergePatch;
import vn.vwu.platform.common.web.Params;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Creating units and correcting their attributes. Structural changes go through {@link ReorganizationService}. */
@ApplicationScoped
public class UnitService {

    /** Attributes a PATCH may correct, with their maximum length and whether they may be cleared. */
    private static final Set<String> STRUCTURAL = Set.of("parentId", "validFrom", "validTo", "level");

    private final Hierarchy hierarchy;

    public UnitService(Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    @Transactional
    public UnitEntity create(UnitCreate in) {
        LocalDate from = in.validFrom() != null ? in.validFrom() : Params.today();
        if (in.validTo() != null && !in.validTo().isAfter(from)) {
            throw ProblemException.invalid("validTo", "must be after validFrom (" + from + ")");
        }
        UnitEntity parent = null;
        if (in.level() == UnitLevel.CENTRAL) {
            if (in.parentId() != null) {
                throw ProblemException.rule("parentId", "the central union has no parent");
            }
        } else {
            if (in.parentId() == null) {
                throw ProblemException.invalid("parentId", "is required for a " + in.level() + " unit");
            }
            parent = hierarchy.lockExisting(in.parentId(), "parentId");
            hierarchy.checkParent("parentId", parent, in.level(), from, in.validTo());
        }
        String code = in.code().trim();
        if (hierarchy.codeTaken(null, in.level(), code, from, in.validTo())) {
            throw new ProblemException(ProblemType.CONFLICT, "Another " + in.level() + " unit already uses code " + code
                    + " during " + Hierarchy.interval(from, in.validTo()), List.of(new FieldError("code", "already in use")));
        }
        UnitEntity unit = newUnit(code, in.name(), in.nameEn(), in.adminName(), in.adminCode(), in.level(), in.kind(), from, in.validTo());
        if (parent != null) {
            hierarchy.insertLink(unit.id, parent.id, from, in.validTo());
        }
        hierarchy.refreshClosure(List.of(unit.id));
        return unit;
    }

    /** Persists a new unit (no parent link). */
    public UnitEntity newUnit(String code, String name, String nameEn, String adminName, String adminCode, UnitLevel level,
                       String kind, LocalDate from, LocalDate to) {
        UnitEntity unit = new UnitEntity();
        unit.id = UUID.randomUUID();
        unit.code = code.trim();
        unit.name = name.trim();
        unit.nameEn = Blank.toNull(nameEn);
        unit.adminName = Blank.toNull(adminName);
        unit.adminCode = Blank.toNull(adminCode);
        unit.level = level;
        unit.kind = kind.trim();
        unit.validFrom = from;
        unit.validTo = to;
        unit.persist();
        return unit;
    }

    /**
     * Structure changes only through reorganisations, which keep the history: a patch naming the parent, validity or
     * level is refused with a message that says so.
     */
    static void refuseStructuralChanges(JsonNode patch) {
        MergePatch.refuse(patch, STRUCTURAL, "structural changes (parent, validity, level) are made with POST /api/v1/reorganizations");
    }

    static UnitEntity existing(UUID id) {
        UnitEntity unit = UnitEntity.findById(id);
        if (unit == null) {
            throw ProblemException.notFound("Unit", id);
        }
        return unit;
    }

    /** Corrects a unit's descriptive attributes (`merged`: a merge patch applied to {@link UnitAttributes#of}); no history. */
    @Transactional
    UnitEntity update(UUID id, UnitAttributes merged, Long expectedVersion) {
        UnitEntity unit = existing(id);
        ProblemException.requireVersion("unit", expectedVersion, unit.version);
        String code = merged.code().trim();
        if (!code.equals(unit.code) && hierarchy.codeTaken(unit.id, unit.level, code, unit.validFrom, unit.validTo)) {
            throw new ProblemException(ProblemType.CONFLICT, "Another " + unit.level + " unit already uses code " + code,
                    List.of(new FieldError("code", "already in use")));
        }
        unit.code = code;
        unit.name = merged.name().trim();
        unit.kind = merged.kind().trim();
        unit.nameEn = Blank.toNull(merged.nameEn());
        unit.adminName = Blank.toNull(merged.adminName());
        unit.adminCode = Blank.toNull(merged.adminCode());
        unit.persistAndFlush();
        return unit;
    }

}
