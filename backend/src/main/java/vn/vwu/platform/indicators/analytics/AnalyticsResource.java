package vn.vwu.platform.indicators.analytics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vwu.platform.common.web.Params;

import vn.vwu.platform.access.AccessControl;
import java.util.List;

@Path("/api/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators")
class AnalyticsResource {

    private final AnalyticsService analytics;
    private final AchievementService achievement;

    private final AccessControl access;

    public AnalyticsResource(AnalyticsService analytics, AchievementService achievement, AccessControl access) {
        this.access = access;
        this.analytics = analytics;
        this.achievement = achievement;
    }

    @GET
    @Path("/values")
    @Operation(operationId = "getAnalyticsValues", summary = "Roll up indicators over a unit's subtree",
            description = "Figures of each indicator for the unit (or each child, or each sub-period) over a period, computed from the "
                    + "values reported in the subtree with the indicator's rules. Without `structureAsOf` the hierarchy is taken as it was "
                    + "during the period; with it, history is restated in the structure of that date following lineage (apportioned "
                    + "figures are flagged `estimated`). Always fresh: a value written is in the next answer.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public AnalyticsResult getAnalyticsValues(
            @Parameter(description = "Indicator codes (repeat, or separate with commas).", example = "VWU-MEM-NEW") @QueryParam("indicator") List<String> indicator,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("unitId") String unitId,
            @Parameter(required = true, description = "Period code or date range (2023-01-01..2023-09-30).", example = "2023") @QueryParam("period") String period,
            @Parameter(description = "Breakdown.", schema = @Schema(implementation = Breakdown.class)) @QueryParam("by") String by,
            @Parameter(description = "Restate history in the structure of this date.", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("structureAsOf") String structureAsOf,
            @Parameter(description = "Only values of reports APPROVED by the level above (default false: every reported value).",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("approvedOnly") String approvedOnly) {
        Breakdown breakdown = by == null || by.isBlank() ? Breakdown.NONE : Params.enumValue("by", by, Breakdown.class);
        return analytics.values(readable(AnalyticsRequest.parse(indicator, true, unitId, period, structureAsOf, approvedOnly)), breakdown);
    }

    @GET
    @Path("/achievement")
    @Operation(operationId = "getAchievement", summary = "Achievement of targets for a unit and period",
            description = "One row per indicator with actual, target (explicit, or the sum of the children's), percentage, status, and "
                    + "the same period of the previous year; plus a summary (\"21 chỉ tiêu: 7 vượt, 7 đạt, 6 đạt trên 50%, 1 chưa đạt\"). "
                    + "Without `indicator`, every active indicator with a target or data. `targetPeriod` measures a part of a period against the "
                    + "whole period's targets (January–September against the year's).")
    @APIResponse(responseCode = "200", description = "The achievement report")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public AchievementReport getAchievement(
            @Parameter(description = "Indicator codes; default all.") @QueryParam("indicator") List<String> indicator,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("unitId") String unitId,
            @Parameter(required = true, example = "2023") @QueryParam("period") String period,
            @Parameter(description = TARGET_PERIOD, example = "2026")
            @QueryParam("targetPeriod") String targetPeriod,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("structureAsOf") String structureAsOf,
            @Parameter(description = "Only values of reports APPROVED by the level above (default false: every reported value).",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("approvedOnly") String approvedOnly) {
        return achievementReport(indicator, unitId, period, targetPeriod, structureAsOf, approvedOnly);
    }

    @GET
    @Path("/achievement/export")
    @Produces({XLSX, "application/problem+json"})
    @Operation(operationId = "exportAchievement", summary = "The achievement report as an Excel workbook",
            description = "The same report as getAchievement, laid out for a formal report in Vietnamese (title, summary line, one row "
                    + "per indicator).")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response exportAchievement(
            @Parameter(description = "Indicator codes; default all.") @QueryParam("indicator") List<String> indicator,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("unitId") String unitId,
            @Parameter(required = true, example = "2023") @QueryParam("period") String period,
            @Parameter(description = TARGET_PERIOD, example = "2026")
            @QueryParam("targetPeriod") String targetPeriod,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("structureAsOf") String structureAsOf,
            @Parameter(description = "Only values of reports APPROVED by the level above (default false: every reported value).",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("approvedOnly") String approvedOnly) {
        AchievementReport report = achievementReport(indicator, unitId, period, targetPeriod, structureAsOf, approvedOnly);
        StreamingOutput body = out -> AchievementWorkbook.write(report, out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"ket-qua-" + report.unit().code() + "-" + report.period() + ".xlsx\"")
                .build();
    }

    private static final String TARGET_PERIOD = "Measure against the targets of this period, which must contain `period`; default `period` "
            + "itself. `period=2026-01-01..2026-09-30&targetPeriod=2026`: the nine-month review against the year's targets.";

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AchievementReport achievementReport(List<String> indicator, String unitId, String period, String targetPeriod, String structureAsOf,
                                                String approvedOnly) {
        AnalyticsRequest request = readable(AnalyticsRequest.parse(indicator, false, unitId, period, structureAsOf, approvedOnly));
        return achievement.report(request, AchievementService.targetPeriod(targetPeriod, request.period()));
    }

    /** Roll-ups of a unit in the caller's scope only (its subtree's figures are then in scope too). */
    private AnalyticsRequest readable(AnalyticsRequest request) {
        access.requireReadable(request.unit().id);
        return request;
    }
}
