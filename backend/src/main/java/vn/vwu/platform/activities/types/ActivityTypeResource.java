package vn.vwu.platform.activities.types;

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
import vn.vwu.platform.common.web.ETags;
import vn.vwu.platform.common.web.MergePatch;
import vn.vwu.platform.common.web.Params;

import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The managed catalogue of activity types; types are deactivated, never deleted (activities cite them). */
@Path("/api/v1/activity-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activities")
class ActivityTypeResource {

    private final ObjectMapper mapper;
    private final Validator validator;

    private final AccessControl access;
    private final ActivityTypeService service;

    public ActivityTypeResource(ObjectMapper mapper, Validator validator, AccessControl access, ActivityTypeService service) {
        this.access = access;
        this.service = service;
        this.mapper = mapper;
        this.validator = validator;
    }

    @GET
    @Operation(operationId = "listActivityTypes", summary = "List activity types", description = "In pick-list order.")
    @APIResponse(responseCode = "200", description = "All activity types",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ActivityType.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<ActivityType> listActivityTypes(
            @Parameter(description = "true: active only; false: inactive only; absent: all.", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active) {
        Boolean filter = Params.optionalBool("active", active);
        return ActivityTypeEntity.<ActivityTypeEntity>listAll().stream()
                .filter(t -> filter == null || t.active == filter)
                .sorted(Comparator.<ActivityTypeEntity>comparingInt(t -> t.sortOrder).thenComparing(t -> t.code))
                .map(ActivityType::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createActivityType", summary = "Add an activity type")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityType.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response createActivityType(@NotNull(message = "a JSON body is required") @Valid ActivityType body, @Context UriInfo uri) {
        access.requireRole(Role.ADMIN);
        ActivityTypeEntity e = service.create(body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/activity-types").path(e.code).build())
                .header("ETag", ETags.of(e.version)).entity(ActivityType.of(e)).build();
    }

    @PATCH
    @Path("/{code}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateActivityType", summary = "Rename, reorder or deactivate an activity type")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = ActivityType.class)))
    @APIResponse(responseCode = "200", description = "The updated type", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityType.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response updateActivityType(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, JsonNode body)
            throws JsonProcessingException {
        access.requireRole(Role.ADMIN);
        ActivityType current = ActivityType.of(ActivityTypeService.existing(code));
        ActivityType merged = MergePatch.apply(mapper, validator, current, body, ActivityType.class, Set.of("code"));
        ActivityTypeEntity e = service.update(code, merged, ETags.expectedVersion(ifMatch));
        return Response.ok(ActivityType.of(e)).header("ETag", ETags.of(e.version)).build();
    }
}
