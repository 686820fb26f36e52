package vn.vwu.platform.units;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import vn.vwu.platform.common.web.MergePatch;
import java.util.Set;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Principal;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.access.ScopeService;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.web.ETags;
import vn.vwu.platform.common.web.Params;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "units")
class UnitResource {

    private final UnitQueries queries;
    private final UnitService service;
    private final LineageQueries lineage;

    private final AccessControl access;
    private final ScopeService scopes;
    private final SubtreeArchive archive;
    private final ObjectMapper mapper;
    private final Validator validator;

    public UnitResource(UnitQueries queries, UnitService service, LineageQueries lineage, AccessControl access, ScopeService scopes,
                        SubtreeArchive archive, ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
        this.scopes = scopes;
        this.archive = archive;
        this.queries = queries;
        this.service = service;
        this.lineage = lineage;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listUnits", summary = "List units alive at a date",
            description = "Units valid at `asOf` (default: today), filtered by level, parent, name or code. `q` matches names "
                    + "ignoring case and Vietnamese diacritics (`ca mau` finds `Tỉnh Cà Mau`). Default order: level, then "
                    + "name in Vietnamese alphabetical order.")
    @APIResponse(responseCode = "200", description = "A page of units")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<Unit> listUnits(
            @Parameter(description = "Date of the structure (YYYY-MM-DD); default today.", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOf,
            @Parameter(description = "Only this level.", schema = @Schema(implementation = UnitLevel.class)) @QueryParam("level") String level,
            @Parameter(description = "Only direct children of this unit at `asOf`.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("parentId") String parentId,
            @Parameter(description = "Name search, case- and diacritics-insensitive.", example = "ca mau") @QueryParam("q") String q,
            @Parameter(description = "Exact code (GSO code for administrative units); meaningful with `asOf` as codes are reused across the 2025 reform.")
            @QueryParam("code") String code,
            @Parameter(description = "0-based page.", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–1000.", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size,
            @Parameter(description = "`name`, `code`, `level` or `validFrom`, optionally `,asc` / `,desc`.", example = "name,asc")
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(page, size);
        UUID parent = Params.uuid("parentId", parentId);
        if (parent != null) {
            access.requireNameVisible(parent);
        }
        UnitQueries.Filter filter = new UnitQueries.Filter(Params.date("asOf", asOf, Params.today()),
                Params.enumValue("level", level, UnitLevel.class), parent, q, code, access.scope().namesCsv());
        return queries.list(filter, UnitSort.parse(sort), paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUnit", summary = "Get a unit",
            description = "The parent shown is the one at `asOf`; by default today, or the unit's last day if it no longer exists.")
    @APIResponse(responseCode = "200", description = "The unit", headers = @Header(name = "ETag", description = "Version, for If-Match",
            schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Unit.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getUnit(@PathParam("id") String id,
                            @Parameter(description = "Date for the parent shown (YYYY-MM-DD).", schema = @Schema(type = SchemaType.STRING, format = "date"))
                            @QueryParam("asOf") String asOf) {
        UnitEntity unit = existing(id);
        LocalDate date = Params.date("asOf", asOf, defaultDateFor(unit));
        return withETag(queries.find(unit.id, date).orElseThrow(), unit.version).build();
    }

    @GET
    @Path("/{id}/children")
    @Operation(operationId = "listUnitChildren", summary = "List a unit's children at a date",
            description = "Direct children at `asOf` (default: today), in Vietnamese alphabetical order. `childCount` of each tells a tree whether to expand it.")
    @APIResponse(responseCode = "200", description = "A page of children")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Page<Unit> listUnitChildren(@PathParam("id") String id,
                                       @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf,
                                       @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
                                       @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size) {
        UnitEntity unit = existing(id);
        LocalDate date = aliveOn(unit, Params.date("asOf", asOf, Params.today()));
        PageRequest paging = PageRequest.of(page, size);
        return queries.list(new UnitQueries.Filter(date, null, unit.id, null, null, access.scope().namesCsv()), UnitSort.parse("name"), paging);
    }

    @GET
    @Path("/{id}/ancestors")
    @Operation(operationId = "listUnitAncestors", summary = "List a unit's ancestors at a date",
            description = "From the central union down to the parent, as the hierarchy stood at `asOf` (default: today).")
    @APIResponse(responseCode = "200", description = "Ancestors, top first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Unit.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public List<Unit> listUnitAncestors(@PathParam("id") String id,
                                        @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf) {
        UnitEntity unit = existing(id);
        LocalDate date = aliveOn(unit, Params.date("asOf", asOf, Params.today()));
        return queries.ancestors(unit.id, date);
    }

    @GET
    @Path("/{id}/lineage")
    @Operation(operationId = "getUnitLineage", summary = "Get where a unit came from and what it became",
            description = "Direct predecessors and successors through reorganisations (merges, splits, renames), each with the event and its legal basis.")
    @APIResponse(responseCode = "200", description = "The unit's lineage")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UnitLineage getUnitLineage(@PathParam("id") String id) {
        return lineage.of(existing(id));
    }

    @GET
    @Path("/{id}/archive")
    @Produces("application/zip")
    @Operation(operationId = "getUnitArchive", summary = "Download everything recorded for a unit's subtree",
            description = "A ZIP of CSV files (UTF-8, header row) read at one instant: every unit that was ever below the unit with its "
                    + "place in the hierarchy over time (`units.csv`, `unit_parents.csv`), reported values and targets in the import "
                    + "format (`values.csv`, `targets.csv`: indicator code, unit id, period code), figures derived from activities "
                    + "(`derived_values.csv`), activities (`activities.csv`), "
                    + "reports (`reports.csv`) and a `README.txt` with the row counts. For UNIT_ADMINs of the unit or above, and ADMINs.")
    @APIResponse(responseCode = "200", description = "The archive", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getUnitArchive(@PathParam("id") String id) {
        Principal caller = access.requireRole(Role.UNIT_ADMIN);
        UnitEntity unit = existing(id);
        access.requireReadable(unit.id);
        SubtreeArchive.Written written = archive.write(unit.id, unit.name, caller.username());
        StreamingOutput body = out -> {
            try {
                Files.copy(written.file(), out);
            } finally {
                Files.deleteIfExists(written.file());
            }
        };
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"vwu-" + unit.code + "-" + Params.today() + ".zip\"")
                .header("Content-Length", written.file().toFile().length())
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUnit", summary = "Create a unit",
            description = "Creates a unit under a parent that exists for the whole validity of the new unit and is of a higher level.")
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = Unit.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response createUnit(@NotNull(message = "a JSON body is required") @Valid UnitCreate body, @Context UriInfo uri) {
        if (body.parentId() == null) {
            access.requireRole(Role.ADMIN);
        } else {
            access.requireWritable(body.parentId(), Role.UNIT_ADMIN);
        }
        UnitEntity unit = service.create(body);
        scopes.invalidate();
        Unit created = queries.find(unit.id, unit.validFrom).orElseThrow();
        return withETag(created, unit.version).status(Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("api/v1/units").path(unit.id.toString()).build()).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateUnit", summary = "Correct a unit's attributes",
            description = "JSON merge patch of `code`, `name`, `nameEn`, `adminName`, `adminCode`, `kind` (corrections, no history). "
                    + "Parent, validity and level change only through reorganisations. Send `If-Match` with the ETag you read to avoid lost updates.")
    @RequestBody(content = {
            @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = UnitPatch.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitPatch.class))})
    @APIResponse(responseCode = "200", description = "The updated unit", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Unit.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response updateUnit(@PathParam("id") String id,
                               @Parameter(description = "ETag of the version being changed.") @HeaderParam("If-Match") String ifMatch,
                               JsonNode body) throws JsonProcessingException {
        UUID unitId = Params.pathId("Unit", id);
        access.requireWritable(unitId, Role.UNIT_ADMIN);
        UnitService.refuseStructuralChanges(body);
        UnitAttributes merged = MergePatch.apply(mapper, validator, UnitAttributes.of(UnitService.existing(unitId)), body, UnitAttributes.class,
                Set.of());
        UnitEntity unit = service.update(unitId, merged, ETags.expectedVersion(ifMatch));
        return withETag(queries.find(unit.id, defaultDateFor(unit)).orElseThrow(), unit.version).build();
    }

    /** A unit whose name the caller may see (in their scope, or above them); 404 otherwise, as if absent. */
    private UnitEntity existing(String id) {
        UnitEntity unit = existingAnywhere(id);
        access.requireNameVisible(unit.id);
        return unit;
    }

    private static UnitEntity existingAnywhere(String id) {
        UUID unitId = Params.pathId("Unit", id);
        UnitEntity unit = UnitEntity.findById(unitId);
        if (unit == null) {
            throw ProblemException.notFound("Unit", id);
        }
        return unit;
    }

    /** Today if the unit exists today; otherwise the nearest day it existed. */
    private static LocalDate defaultDateFor(UnitEntity unit) {
        LocalDate today = Params.today();
        if (unit.validFrom.isAfter(today)) {
            return unit.validFrom;
        }
        return unit.validTo != null && !unit.validTo.isAfter(today) ? unit.validTo.minusDays(1) : today;
    }

    private static LocalDate aliveOn(UnitEntity unit, LocalDate date) {
        if (!unit.aliveOn(date)) {
            throw ProblemException.rule("asOf", unit.name + " did not exist on " + date + "; it existed "
                    + Hierarchy.interval(unit.validFrom, unit.validTo));
        }
        return date;
    }

    private static Response.ResponseBuilder withETag(Unit unit, long version) {
        return Response.ok(unit).header("ETag", ETags.of(version));
    }
}
