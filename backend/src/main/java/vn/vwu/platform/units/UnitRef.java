package vn.vwu.platform.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A short reference to a unit.")
public record UnitRef(
        UUID id,
        @Schema(example = "96") String code,
        @Schema(example = "Hội LHPN tỉnh Cà Mau") String name,
        UnitLevel level) {
}
