package vn.vwu.platform.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.indicators.PeriodType;

import java.util.List;
import java.util.UUID;

@Schema(name = "ReportForm", description = "A named set of indicators reported together per period, due `deadlineDays` after the period's last day.")
record ReportForm(UUID id, @Schema(example = "BC-THANG") String code, @Schema(example = "Báo cáo tháng") String name, String nameEn,
                         PeriodType periodType, int deadlineDays, boolean active, List<Item> indicators, long version) {

    @Schema(name = "ReportFormItem")
    public record Item(@Schema(example = "VWU-MEM-NEW") String code, String name, PeriodType periodType,
                       @Schema(description = "Must have its values for the whole period before the report can be submitted.") boolean mandatory) {
    }
}
