package vn.vwu.platform.units;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A union unit. Its parent is the one valid at the requested date (`asOf`).")
public record Unit(
        UUID id,
        @Schema(description = "Code, unique per level among units alive at the same date; GSO code for administrative units.", example = "96")
        String code,
        @Schema(description = "Name of the union as people say it.", example = "Hội LHPN tỉnh Cà Mau") String name,
        @Schema(example = "Women's Union of Ca Mau Province") String nameEn,
        @Schema(description = "Name of the corresponding administrative unit.", example = "Tỉnh Cà Mau") String adminName,
        @Schema(description = "GSO code of the corresponding administrative unit.", example = "96") String adminCode,
        UnitLevel level,
        @Schema(description = "Kind: tỉnh, thành phố trung ương, huyện, quận, thị xã, thành phố thuộc tỉnh, xã, phường, thị trấn, đặc khu, chi hội, tổ phụ nữ...",
                example = "tỉnh") String kind,
        @Schema(description = "First day of existence.", example = "2020-01-01") LocalDate validFrom,
        @Schema(description = "First day the unit no longer exists (exclusive end); absent while it still exists.", example = "2025-07-01")
        LocalDate validTo,
        @Schema(description = "True for synthetic demo data (branches and groups of the demo set).") boolean demo,
        @Schema(description = "Parent at the requested date; absent for the central union or when the unit did not exist then.")
        UnitRef parent,
        @Schema(description = "Number of children at the requested date.", example = "64") Long childCount) {
}
