package vn.vwu.platform.units;

import vn.vwu.platform.common.text.Blank;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.common.web.Params;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Creating units and correcting their attributes. Structural changes go through {@link ReorganizationService}. */
@ApplicationScoped
public class UnitService {

    /** Attributes a PATCH may correct, with their maximum length and whether they may be cleared. */
    private static final Map<String, int[]> PATCHABLE = Map.of(
            "code", new int[]{32, 0}, "name", new int[]{255, 0}, "kind", new int[]{64, 0},
            "nameEn", new int[]{255, 1}, "adminName", new int[]{255, 1}, "adminCode", new int[]{16, 1});
    private static final Set<String> STRUCTURAL = Set.of("parentId", "validFrom", "validTo", "level");
    private static final Set<String> READ_ONLY = Set.of("id", "demo", "parent", "childCount");

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
    UnitEntity newUnit(String code, String name, String nameEn, String adminName, String adminCode, UnitLevel level,
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

    /** JSON merge patch (RFC 7396) of a unit's descriptive attributes. */
    @Transactional
    public UnitEntity patch(UUID id, JsonNode body, Long expectedVersion) {
        if (!(body instanceof ObjectNode patch)) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        UnitEntity unit = UnitEntity.findById(id);
        if (unit == null) {
            throw ProblemException.notFound("Unit", id);
        }
        ProblemException.requireVersion("unit", expectedVersion, unit.version);
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = e.getKey();
            JsonNode value = e.getValue();
            if (STRUCTURAL.contains(field)) {
                errors.add(new FieldError(field, "structural changes (parent, validity, level) are made with POST /api/v1/reorganizations"));
            } else if (READ_ONLY.contains(field)) {
                errors.add(new FieldError(field, "is read-only"));
            } else if (!PATCHABLE.containsKey(field)) {
                errors.add(new FieldError(field, "unknown field"));
            } else if (value.isNull()) {
                if (PATCHABLE.get(field)[1] == 0) {
                    errors.add(new FieldError(field, "cannot be removed"));
                }
            } else if (!value.isTextual()) {
                errors.add(new FieldError(field, "must be a string"));
            } else if (value.asText().isBlank() && PATCHABLE.get(field)[1] == 0) {
                errors.add(new FieldError(field, "must not be blank"));
            } else if (value.asText().length() > PATCHABLE.get(field)[0]) {
                errors.add(new FieldError(field, "must be at most " + PATCHABLE.get(field)[0] + " characters"));
            }
        }
        ProblemException.throwIfInvalid(errors, "fields");
        if (patch.has("code")) {
            String code = patch.get("code").asText().trim();
            if (!code.equals(unit.code) && hierarchy.codeTaken(unit.id, unit.level, code, unit.validFrom, unit.validTo)) {
                throw new ProblemException(ProblemType.CONFLICT, "Another " + unit.level + " unit already uses code " + code,
                        List.of(new FieldError("code", "already in use")));
            }
            unit.code = code;
        }
        if (patch.has("name")) {
            unit.name = patch.get("name").asText().trim();
        }
        if (patch.has("kind")) {
            unit.kind = patch.get("kind").asText().trim();
        }
        if (patch.has("nameEn")) {
            unit.nameEn = textOrNull(patch.get("nameEn"));
        }
        if (patch.has("adminName")) {
            unit.adminName = textOrNull(patch.get("adminName"));
        }
        if (patch.has("adminCode")) {
            unit.adminCode = textOrNull(patch.get("adminCode"));
        }
        unit.persistAndFlush();
        return unit;
    }

    private static String textOrNull(JsonNode n) {
        return n.isNull() ? null : Blank.toNull(n.asText());
    }

}
