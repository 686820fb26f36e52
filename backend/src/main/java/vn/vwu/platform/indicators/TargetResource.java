package vn.vwu.platform.indicators;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
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
import vn.vwu.platform.common.db.Rows;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.number.NumberFormat;
import vn.vwu.platform.common.web.Params;

import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.access.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators")
public class TargetResource {

    private final TargetService service;
    private final EntityManager em;
    private final ValueCsv csv;

    private final AccessControl access;

    public TargetResource(TargetService service, EntityManager em, ValueCsv csv, AccessControl access) {
        this.access = access;
        this.csv = csv;
        this.service = service;
        this.em = em;
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
        ValueCsv.Parsed<TargetInput> parsed = csv.parseTargets(body, Params.enumValue("numberFormat", numberFormat, NumberFormat.class));
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
        return Response.ok(csv.exportTargets(all.items()), "text/csv; charset=UTF-8")
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

    private Page<Target> select(String indicator, String unitId, String period, PageRequest paging) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (indicator != null && !indicator.isBlank()) {
            IndicatorEntity i = IndicatorEntity.byCode(indicator.trim())
                    .orElseThrow(() -> ProblemException.invalid("indicator", "no indicator with code " + indicator));
            where.append(" AND t.indicator_id = :ind");
            params.put("ind", i.id);
        }
        UUID unit = Params.uuid("unitId", unitId);
        if (unit != null) {
            access.requireReadable(unit);
            where.append(" AND t.unit_id = :unit");
            params.put("unit", unit);
        }
        String scope = access.scope().csv();
        if (scope != null) {
            where.append(" AND ").append(Scope.sql("t.unit_id"));
            params.put("scope", scope);
        }
        if (period != null && !period.isBlank()) {
            Period p = Period.parse("period", period, false);
            where.append(" AND t.period_type = :pt AND t.period_start = :ps");
            params.put("pt", p.type().name());
            params.put("ps", p.start());
        }
        Query count = em.createNativeQuery("SELECT count(*) FROM target t" + where);
        params.forEach(count::setParameter);
        Query select = em.createNativeQuery("SELECT i.code, t.unit_id, u.name, t.period_type, t.period_start, t.period_end, t.value, t.comment, t.version"
                + " FROM target t JOIN indicator i ON i.id = t.indicator_id JOIN unit u ON u.id = t.unit_id" + where
                + " ORDER BY i.code, t.period_start, u.name, t.unit_id LIMIT " + paging.size() + " OFFSET " + paging.offset(), Tuple.class);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = select.getResultList();
        return Page.of(rows.stream().map(t -> new Target(Rows.string(t, "code"), Rows.uuid(t, "unit_id"), Rows.string(t, "name"),
                periodOf(t).code(), Rows.decimal(t, "value"), Rows.string(t, "comment"), Rows.longValue(t, "version"))).toList(),
                paging, ((Number) count.getSingleResult()).longValue());
    }

    static Period periodOf(Tuple t) {
        PeriodType type = PeriodType.valueOf(Rows.string(t, "period_type"));
        return type == PeriodType.TERM ? Period.term(Rows.date(t, "period_start"), Rows.date(t, "period_end"))
                : Period.of(type, Rows.date(t, "period_start"));
    }
}
