package vn.vwu.platform.indicators.values;

import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.access.audit.AuditEvent;
import vn.vwu.platform.access.audit.AuditQueries;
import vn.vwu.platform.common.number.NumberFormat;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.web.Params;
import vn.vwu.platform.indicators.BulkResult;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.indicators.RowNames;
import vn.vwu.platform.indicators.catalogue.IndicatorEntity;
import java.util.UUID;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/values")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators")
class ValueResource {


    private final ValueService service;
    private final ValueQueries queries;
    private final ValueCsv csv;

    private final AccessControl access;

    private final AuditQueries audit;

    public ValueResource(ValueService service, ValueQueries queries, ValueCsv csv, AccessControl access, AuditQueries audit) {
        this.access = access;
        this.audit = audit;
        this.service = service;
        this.queries = queries;
        this.csv = csv;
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importValues", summary = "Import values from CSV",
            description = "Header row, then one value per line: `indicator,unit,period,value,comment` (optional `categoryOption`, and "
                    + "`unitLevel` when `unit` is a code). `unit` is an id or a code resolved at the period's start. `;` separators and "
                    + "Vietnamese numbers (1.293,5) are accepted. All or nothing; errors name the line. `dryRun=true` checks only.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            example = "indicator,unit,period,value,comment\nVWU-MEM-NEW,00004,2025-10,12,\n"))
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged values")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "A row names an indicator derived from activities")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public BulkResult importValues(@Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            @Parameter(description = "How the file writes numbers: `vi` (1.234,5) or `en` (1,234.5). Needed only when a number reads both ways "
                    + "(4.200); a `;`-separated file is read as `vi`.", schema = @Schema(type = SchemaType.STRING, enumeration = {"vi", "en"}))
            @QueryParam("numberFormat") String numberFormat, byte[] body) {
        access.requireRole(Role.EDITOR);
        ValueCsv.Parsed<ValueInput> parsed = csv.parse(body, Params.enumValue("numberFormat", numberFormat, NumberFormat.class));
        return service.upsert(parsed.rows(), ValueSource.IMPORTED, Params.bool("dryRun", dryRun, false), parsed.names());
    }

    @GET
    @Path("/history")
    @Operation(operationId = "getValueHistory", summary = "History of one value",
            description = "Every change of one reported value (indicator, unit, period, category option), newest first: who, when, from where, "
                    + "before and after — from the audit trail. Anyone who may read the unit may read it.")
    @APIResponse(responseCode = "200", description = "A page of audit events")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<AuditEvent> getValueHistory(
            @Parameter(required = true, description = "Indicator code.", example = "VWU-MEM-NEW") @QueryParam("indicator") String indicator,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("unitId") String unitId,
            @Parameter(required = true, description = "The value's period, of the indicator's period type.", example = "2026-10") @QueryParam("period") String period,
            @Parameter(description = "Category option of a disaggregated indicator.") @QueryParam("categoryOption") String categoryOption,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        UUID unit = Params.uuid("unitId", unitId);
        if (unit == null) {
            throw ProblemException.invalid("unitId", "is required");
        }
        access.requireReadable(unit);
        if (indicator == null || indicator.isBlank()) {
            throw ProblemException.invalid("indicator", "is required");
        }
        IndicatorEntity ind = IndicatorEntity.byCode(indicator.trim())
                .orElseThrow(() -> ProblemException.invalid("indicator", "no indicator with code " + indicator));
        if (period == null || period.isBlank()) {
            throw ProblemException.invalid("period", "is required");
        }
        Period p = Period.parse("period", period, false);
        String option = categoryOption == null ? "" : categoryOption.trim();
        return audit.valueHistory(ind.id, unit, p.start(), option, paging);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportValues", summary = "Export values as CSV",
            description = "The same selection as listValues, all rows (up to 1,000,000), UTF-8 with a byte-order mark for Excel.")
    @APIResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response exportValues(@QueryParam("indicator") String indicator,
                                 @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("unitId") String unitId,
                                 @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("descendants") String descendants,
                                 @QueryParam("period") String period) {
        Page<ReportedValue> all = queries.list(filter(indicator, unitId, descendants, period), PageRequest.of("0", "1000").all(ValueCsv.MAX_EXPORT_ROWS));
        return Response.ok(csv.export(all.items()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"values.csv\"").build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "upsertValues", summary = "Create or update many values at once",
            description = "All or nothing: every row is checked (indicator active and reported at the unit's level, unit existing for "
                    + "the whole period, period of the indicator's type, exact number within range, option) and every bad row is listed "
                    + "as `values[i].field` in a 422; otherwise all rows are written. Identical rows are left unchanged. With `dryRun=true` "
                    + "nothing is written and the counts say what would happen.")
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged values")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "A row names an indicator derived from activities")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public BulkResult upsertValues(@Parameter(description = "Check only; write nothing.", schema = @Schema(type = SchemaType.BOOLEAN))
                                   @QueryParam("dryRun") String dryRun,
                                   @NotNull(message = "a JSON body is required") @Valid ValueBatch body) {
        access.requireRole(Role.EDITOR);
        return service.upsert(body.values(), ValueSource.ENTERED, Params.bool("dryRun", dryRun, false), RowNames.json("values"));
    }

    @GET
    @Operation(operationId = "listValues", summary = "List reported values",
            description = "Raw stored values (each a unit's own figure). With `descendants=true`, values of the units below `unitId` at the time of each value.")
    @APIResponse(responseCode = "200", description = "A page of values")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<ReportedValue> listValues(
            @Parameter(description = "Indicator code.") @QueryParam("indicator") String indicator,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("unitId") String unitId,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("descendants") String descendants,
            @Parameter(description = "Values within this period (any period code or a date range).", example = "2023")
            @QueryParam("period") String period,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size) {
        return queries.list(filter(indicator, unitId, descendants, period), PageRequest.of(page, size));
    }

    private ValueQueries.Filter filter(String indicator, String unitId, String descendants, String period) {
        UUID unit = Params.uuid("unitId", unitId);
        if (unit != null) {
            access.requireReadable(unit);
        }
        IndicatorEntity ind = indicator == null || indicator.isBlank() ? null : IndicatorEntity.byCode(indicator.trim())
                .orElseThrow(() -> ProblemException.invalid("indicator", "no indicator with code " + indicator));
        Period p = period == null || period.isBlank() ? null : Period.parse("period", period, true);
        return new ValueQueries.Filter(ind, unit, Params.bool("descendants", descendants, false), p, access.scope().csv());
    }
}
