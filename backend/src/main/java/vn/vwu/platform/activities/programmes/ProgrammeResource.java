package vn.vwu.platform.activities.programmes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.common.text.VietnameseText;
import vn.vwu.platform.common.web.ETags;
import vn.vwu.platform.common.web.MergePatch;
import vn.vwu.platform.common.web.Params;

import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Role;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activities")
class ProgrammeResource {

    private final ProgrammeService service;
    private final ObjectMapper mapper;
    private final Validator validator;

    private final AccessControl access;

    public ProgrammeResource(ProgrammeService service, ObjectMapper mapper, Validator validator, AccessControl access) {
        this.access = access;
        this.service = service;
        this.mapper = mapper;
        this.validator = validator;
    }

    @GET
    @Operation(operationId = "listProgrammes", summary = "List programmes",
            description = "Movements, campaigns, projects, schemes and programmes ordered by code. `q` matches code and names ignoring case "
                    + "and diacritics; `activeOn` keeps those active and running on that date (the ones an activity of that date may cite).")
    @APIResponse(responseCode = "200", description = "A page of programmes")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<Programme> listProgrammes(
            @Parameter(description = "Name or code search.", example = "du an 8") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = ProgrammeKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "true: active only; false: inactive only; absent: all.", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active,
            @Parameter(description = "Only programmes running on this date.", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("activeOn") String activeOn,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        ProgrammeKind kindFilter = Params.enumValue("kind", kind, ProgrammeKind.class);
        Boolean activeFilter = Params.optionalBool("active", active);
        LocalDate on = Params.date("activeOn", activeOn, null);
        String folded = VietnameseText.fold(q);
        List<ProgrammeEntity> all = ProgrammeEntity.<ProgrammeEntity>listAll().stream()
                .filter(p -> kindFilter == null || p.kind == kindFilter)
                .filter(p -> activeFilter == null || p.active == activeFilter)
                .filter(p -> on == null || p.runsOn(on))
                .filter(p -> folded.isEmpty() || p.searchText.contains(folded))
                .sorted(Comparator.comparing(p -> p.code))
                .toList();
        return Page.of(all.stream().skip(paging.offset()).limit(paging.size()).map(Programme::of).toList(), paging, all.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProgramme", summary = "Get a programme")
    @APIResponse(responseCode = "200", description = "The programme", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Programme.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getProgramme(@PathParam("id") String id) {
        ProgrammeEntity e = ProgrammeService.existing(Params.pathId("Programme", id));
        return Response.ok(Programme.of(e)).header("ETag", ETags.of(e.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProgramme", summary = "Create a programme")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Programme.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response createProgramme(@NotNull(message = "a JSON body is required") @Valid ProgrammeCreate body, @Context UriInfo uri) {
        access.requireRole(Role.ADMIN);
        ProgrammeEntity e = service.create(body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/programmes").path(e.id.toString()).build())
                .header("ETag", ETags.of(e.version)).entity(Programme.of(e)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateProgramme", summary = "Update or deactivate a programme",
            description = "Merge patch of any field but `code`; `active: false` deactivates it (no new activities may cite it).")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = ProgrammeCreate.class)))
    @APIResponse(responseCode = "200", description = "The updated programme", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Programme.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response updateProgramme(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode body)
            throws JsonProcessingException {
        access.requireRole(Role.ADMIN);
        ProgrammeEntity current = ProgrammeService.existing(Params.pathId("Programme", id));
        ProgrammeCreate merged = MergePatch.apply(mapper, validator, ProgrammeService.asInput(current), body, ProgrammeCreate.class, Set.of("code"));
        ProgrammeEntity e = service.update(current.id, merged, ETags.expectedVersion(ifMatch));
        return Response.ok(Programme.of(e)).header("ETag", ETags.of(e.version)).build();
    }

}
