package vn.vwu.platform.units;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A unit's correctable attributes, as a merge patch leaves them: validated whole after the patch is applied. Not the
 * documented body ({@link UnitPatch}), whose fields are all optional.
 */
record UnitAttributes(
        @NotBlank @Size(max = 32) String code,
        @NotBlank @Size(max = 255) String name,
        @Size(max = 255) String nameEn,
        @Size(max = 255) String adminName,
        @Size(max = 16) String adminCode,
        @NotBlank @Size(max = 64) String kind) {

    static UnitAttributes of(UnitEntity u) {
        return new UnitAttributes(u.code, u.name, u.nameEn, u.adminName, u.adminCode, u.kind);
    }
}
