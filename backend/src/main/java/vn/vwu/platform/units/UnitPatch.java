package vn.vwu.platform.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The merge-patch body as documented; what a patch must leave valid is {@link UnitAttributes}. */
@Schema(description = "Fields to correct; absent fields are unchanged, null clears an optional field.")
record UnitPatch(
        @Schema(maxLength = 32) String code,
        @Schema(maxLength = 255, example = "Hội LHPN xã Tân Thành") String name,
        @Schema(maxLength = 255, nullable = true) String nameEn,
        @Schema(maxLength = 255, nullable = true) String adminName,
        @Schema(maxLength = 16, nullable = true) String adminCode,
        @Schema(maxLength = 64) String kind) {
}
