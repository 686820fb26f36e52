package vn.vwu.platform.access.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ValueChange", description = "One reported value as an audit event changed it: which value, before and after.")
record ValueChange(
        @Schema(example = "VWU-MEM-NEW") String indicator,
        @Schema(example = "Số hội viên kết nạp mới") String indicatorName,
        @Schema(example = "Newly admitted members") String indicatorNameEn,
        UUID unitId,
        @Schema(example = "Hội LHPN xã Tân Thành") String unitName,
        @Schema(example = "2026-10") String period,
        @Schema(description = "Category option of a disaggregated indicator.") String categoryOption,
        @Schema(description = "Absent when the event created the value.") BigDecimal beforeValue,
        String beforeComment,
        @Schema(description = "Absent when the event deleted the value.") BigDecimal afterValue,
        String afterComment,
        @Schema(description = "ENTERED, IMPORTED or DERIVED.") String afterSource) {
}
