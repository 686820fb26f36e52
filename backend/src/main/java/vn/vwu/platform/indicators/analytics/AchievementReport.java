package vn.vwu.platform.indicators.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.indicators.catalogue.Terms;
import vn.vwu.platform.units.UnitRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Achievement of targets for a unit and period, one row per indicator, with a summary.")
record AchievementReport(UnitRef unit, String period,
                                @Schema(description = "The period whose targets the figures are measured against: the report's own period, or the "
                                        + "`targetPeriod` asked for (e.g. 2026 for January–September 2026).", example = "2023") String targetPeriod,
                                LocalDate structureAsOf, Summary summary, List<Row> rows) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AchievementRow")
    public record Row(
            @Schema(example = "VWU-MEM-NEW") String indicator,
            @Schema(example = "Số hội viên kết nạp mới") String name,
            String unitOfMeasure,
            @Schema(description = "The unit of measure in words, to show to people.") Terms.Term unitOfMeasureName,
            @Schema(example = "4094") BigDecimal actual,
            @Schema(example = "2100") BigDecimal target,
            @Schema(description = "EXPLICIT: set for this unit; CHILDREN_SUM: sum of its children's targets.") TargetSource targetSource,
            @Schema(description = "Actual as a percentage of target (inverted for lower-is-better indicators).", example = "195.0") BigDecimal percent,
            AchievementStatus status,
            @Schema(description = "The same period of the previous year.", example = "3600") BigDecimal previous,
            @Schema(description = "actual − previous.", example = "494") BigDecimal change,
            @Schema(description = "Change as a percentage of previous.", example = "13.7") BigDecimal changePercent,
            boolean estimated) {
    }

    @Schema(name = "AchievementSummary")
    public record Summary(int indicators, int exceeded, int met, int partial, int notMet, int noTarget, int noData,
                          @Schema(example = "21 chỉ tiêu: 7 vượt, 7 đạt, 6 đạt từ 50% trở lên, 1 chưa đạt") String text,
                          @Schema(example = "21 indicators: 7 exceeded, 7 met, 6 at 50% or more, 1 not met") String textEn) {
    }

    public enum TargetSource { EXPLICIT, CHILDREN_SUM }
}
