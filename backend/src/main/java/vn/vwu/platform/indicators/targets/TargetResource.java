package vn.vwu.platform.indicators.targets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.common.number.NumberFormat;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.web.Params;
import vn.vwu.platform.indicators.BulkResult;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.indicators.RowNames;
import vn.vwu.platform.indicators.catalogue.IndicatorEntity;
import vn.vwu.platform.indicators.values.ValueCsv;

import java.util.UUID;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators")
class TargetResource {

    private final TargetService service;
    private final TargetQueries queries;
    private final TargetCsv csv;

    private final AccessControl access;

    public TargetResource(TargetService service, TargetQueries queries, TargetCsv csv, AccessControl access) {
        this.access = access;
        this.csv = csv;
        this.service = service;
        this.queries = queries;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "upsertTargets", summary = "Create or update many targets at once",
            description = "All or nothing, like values. A target's period may be as coarse as wanted (year, term) but not finer than the "
                    + "indicator's period type; the unit must exist during the period.")
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged targets")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public BulkResult upsertTargets(@Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
                                    @NotNull(message = "a JSON body is required") @Valid TargetBatch body) {
        access.requireRole(Role.EDITOR);
        return service.upsert(body.targets(), Params.bool("dryRun", dryRun, false), RowNames.json("targets"));
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importTargets", summary = "Import targets from CSV",
            description = "The values' CSV format: header row, then one target per line, `indicator,unit,period,value,comment` (`unitLevel` "
                    + "when `unit` is a code, resolved at the period's start). `;` separators and Vietnamese numbers are accepted. All or "
                    + "nothing, with the checks of PUT; errors name the line. `dryRun=true` checks only.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            example = "indicator,unit,period,value,comment\nVWU-MEM-NEW,96,2026,2100,Nghị quyết Đại hội\n"))
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged targets")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public BulkResult importTargets(@Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            @Parameter(description = "How the file writes numbers: `vi` (1.234,5) or `en` (1,234.5). Needed only when a number reads both ways "
                    + "(4.200); a `;`-separated file is read as `vi`.", schema = @Schema(type = SchemaType.STRING, enumeration = {"vi", "en"}))
            @QueryParam("numberFormat") String numberFormat, byte[] body) {
        access.requireRole(Role.EDITOR);
        ValueCsv.Parsed<TargetInput> parsed = csv.parse(body, Params.enumValue("numberFormat", numberFormat, NumberFormat.class));
        return service.upsert(parsed.rows(), Params.bool("dryRun", dryRun, false), parsed.names());
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportTargets", summary = "Export targets as CSV",
            description = "The same selection as listTargets, all rows (up to 1,000,000), in the import's columns (plus the unit's name "
                    + "and the version), UTF-8 with a byte-order mark for Excel: an exported file imports back unchanged.")
    @APIResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response exportTargets(@QueryParam("indicator") String indicator,
                                  @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("unitId") String unitId,
                                  @Parameter(example = "2022-2027") @QueryParam("period") String period) {
        Page<Target> all = select(indicator, unitId, period, PageRequest.of("0", "1000").all(ValueCsv.MAX_EXPORT_ROWS));
        return Response.ok(csv.export(all.items()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"targets.csv\"").build();
    }

    @GET
    @Operation(operationId = "listTargets", summary = "List explicitly set targets")
    @APIResponse(responseCode = "200", description = "A page of targets")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<Target> listTargets(@QueryParam("indicator") String indicator,
                                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("unitId") String unitId,
                                    @Parameter(example = "2022-2027") @QueryParam("period") String period,
                                    @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
                                    @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size) {
        return select(indicator, unitId, period, PageRequest.of(page, size));
    }

    /** The caller's selection: parameters read, the unit checked against their scope, their scope applied. */
    private Page<Target> select(String indicator, String unitId, String period, PageRequest paging) {
        IndicatorEntity i = indicator == null || indicator.isBlank() ? null : IndicatorEntity.byCode(indicator.trim())
                .orElseThrow(() -> ProblemException.invalid("indicator", "no indicator with code " + indicator));
        UUID unit = Params.uuid("unitId", unitId);
        if (unit != null) {
            access.requireReadable(unit);
        }
        Period p = period == null || period.isBlank() ? null : Period.parse("period", period, false);
        return queries.list(new TargetQueries.Filter(i, unit, p, access.scope().csv()), paging);
    }
}
