package vn.vwu.platform.units.reorganizations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vwu.platform.units.UnitLevel;

@Schema(description = """
        A reorganisation, applied atomically on `effectiveDate`. What each type expects:
        - MERGE: 1+ `predecessors` into exactly 1 successor (new, or an existing unit that absorbs them). WHOLE predecessors are closed; a PART predecessor (part of its territory moves) stays open.
        - SPLIT: exactly 1 predecessor, closed, into 2+ successors, each receiving a PART with an optional `weight` (default: equal shares).
        - RENAME: 1 predecessor, closed, and 1 new successor (new name/code/kind) receiving it WHOLE.
        - DISSOLVE: 1+ predecessors, closed, no successor.
        - CREATE: 1+ new successors, no predecessor.
        - MOVE: 1+ `moves` (new parent from the date).
        Any type may carry `moves`, e.g. to re-home the children of closed units. A closed unit may not keep children.""")
record ReorganizationCreate(
        @NotNull ReorganizationType type,
        @NotNull @Schema(example = "2025-07-01") LocalDate effectiveDate,
        @NotBlank @Size(max = 500) @Schema(example = "Nghị quyết 202/2025/QH15") String legalBasis,
        @Size(max = 4000) String note,
        List<@NotNull @Valid Predecessor> predecessors,
        List<@NotNull @Valid Successor> successors,
        List<@NotNull @Valid Move> moves) {

    public List<Predecessor> predecessorsOrEmpty() {
        return predecessors == null ? List.of() : predecessors;
    }

    public List<Successor> successorsOrEmpty() {
        return successors == null ? List.of() : successors;
    }

    public List<Move> movesOrEmpty() {
        return moves == null ? List.of() : moves;
    }

    @Schema(name = "ReorganizationPredecessor")
    public record Predecessor(
            @NotNull UUID unitId,
            @Schema(description = "Default WHOLE (PART for SPLIT).") Share share,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            @Schema(description = "Fraction of the predecessor that went to the successor (PART only).") BigDecimal weight) {
    }

    @Schema(name = "ReorganizationSuccessor", description = "Either `unitId` (an existing unit) or `newUnit` (a unit created on the effective date).")
    public record Successor(UUID unitId, @Valid NewUnit newUnit,
                            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
                            @Schema(description = "SPLIT: fraction of the predecessor this part received.") BigDecimal weight) {
    }

    @Schema(name = "ReorganizationNewUnit", description = "A unit created by the reorganisation. `level`, `kind` and `parentId` default to those of the first predecessor.")
    public record NewUnit(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[\\p{L}\\p{N}._-]+", message = "may contain letters, digits, '.', '_' and '-' only")
            String code,
            @NotBlank @Size(max = 255) String name,
            @Size(max = 255) String nameEn,
            @Size(max = 255) String adminName,
            @Size(max = 16) String adminCode,
            UnitLevel level,
            @Size(max = 64) String kind,
            UUID parentId) {
    }

    @Schema(name = "ReorganizationMove", description = "A new parent for a unit from the effective date.")
    public record Move(@NotNull UUID unitId, @NotNull UUID newParentId) {
    }
}
