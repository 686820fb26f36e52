package vn.vwu.platform.units.reorganizations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Principal;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.access.ScopeService;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.web.Params;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/reorganizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "units")
class ReorganizationResource {

    private final ReorganizationService service;
    private final ReorganizationQueries queries;

    private final AccessControl access;
    private final ScopeService scopes;

    public ReorganizationResource(ReorganizationService service, ReorganizationQueries queries, AccessControl access, ScopeService scopes) {
        this.service = service;
        this.queries = queries;
        this.access = access;
        this.scopes = scopes;
    }

    @GET
    @Operation(operationId = "listReorganizations", summary = "List reorganisations",
            description = "Newest first. `from`/`to` bound the effective date (both inclusive); `unitId` keeps events that touched the unit or moved children in or out of it.")
    @APIResponse(responseCode = "200", description = "A page of reorganisations")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<Reorganization> listReorganizations(
            @Parameter(description = "Earliest effective date (inclusive).", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Latest effective date (inclusive).", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Only events that touched this unit or its children.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("unitId") String unitId,
            @Parameter(schema = @Schema(implementation = ReorganizationType.class)) @QueryParam("type") String type,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        LocalDate fromDate = Params.date("from", from, null);
        LocalDate toDate = Params.date("to", to, null);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.invalid("to", "must not be before from (" + fromDate + ")");
        }
        UUID unit = Params.uuid("unitId", unitId);
        if (unit != null) {
            access.requireNameVisible(unit);
        }
        return queries.list(new ReorganizationQueries.Filter(fromDate, toDate, unit,
                Params.enumValue("type", type, ReorganizationType.class), access.scope().csv()), paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReorganization", summary = "Get a reorganisation")
    @APIResponse(responseCode = "200", description = "The reorganisation", content = @Content(schema = @Schema(implementation = Reorganization.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Reorganization getReorganization(@PathParam("id") String id) {
        UUID eventId = Params.pathId("Reorganization", id);
        if (!queries.touches(eventId, access.scope().csv())) {
            throw ProblemException.notFound("Reorganization", id);
        }
        return queries.find(eventId).orElseThrow(() -> ProblemException.notFound("Reorganization", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReorganization", summary = "Record a reorganisation",
            description = "Applies a MERGE, SPLIT, RENAME, MOVE, DISSOLVE or CREATE on its effective date: closes predecessors, "
                    + "opens successors, records lineage. All or nothing: any violated rule leaves the hierarchy unchanged.")
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Reorganization.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response createReorganization(@NotNull(message = "a JSON body is required") @Valid ReorganizationCreate body, @Context UriInfo uri) {
        requireReorganizable(body);
        UUID id = service.apply(body);
        scopes.invalidate();
        return Response.created(uri.getBaseUriBuilder().path("api/v1/reorganizations").path(id.toString()).build())
                .entity(queries.find(id).orElseThrow()).build();
    }

    /**
     * A UNIT_ADMIN reorganises units below their own: every unit named must be in their scope, and their own unit
     * is not among those changed (merging or moving it is for the level above, whose parent it would change).
     */
    private void requireReorganizable(ReorganizationCreate body) {
        List<UUID> changed = new ArrayList<>();
        List<UUID> named = new ArrayList<>();
        body.predecessorsOrEmpty().forEach(p -> changed.add(p.unitId()));
        body.movesOrEmpty().forEach(m -> {
            changed.add(m.unitId());
            named.add(m.newParentId());
        });
        body.successorsOrEmpty().forEach(s -> {
            named.add(s.unitId());
            if (s.newUnit() != null) {
                named.add(s.newUnit().parentId());
            }
        });
        named.addAll(changed);
        Principal p = access.requireWritableAll(named, Role.UNIT_ADMIN);
        if (!p.wholeSystem() && changed.contains(p.accountUnitId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your own unit is reorganised by the level above it");
        }
    }
}
