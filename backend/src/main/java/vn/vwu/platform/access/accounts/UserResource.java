package vn.vwu.platform.access.accounts;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.common.web.ETags;
import vn.vwu.platform.common.web.MergePatch;
import vn.vwu.platform.common.web.Params;

import java.util.Set;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access")
class UserResource {

    private final UserService users;
    private final ObjectMapper mapper;
    private final Validator validator;

    public UserResource(UserService users, ObjectMapper mapper, Validator validator) {
        this.users = users;
        this.mapper = mapper;
        this.validator = validator;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List accounts",
            description = "Accounts of your unit's subtree (UNIT_ADMIN), ordered by username. `q` matches username, name and email "
                    + "ignoring case and diacritics.")
    @APIResponse(responseCode = "200", description = "A page of accounts")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<User> listUsers(
            @Parameter(description = "Only accounts of this unit.", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("unitId") String unitId,
            @Parameter(description = "Search.", example = "nguyen thi lan") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = Role.class)) @QueryParam("role") String role,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("active") String active,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        Page<UserEntity> found = users.list(Params.uuid("unitId", unitId), q, Params.enumValue("role", role, Role.class),
                Params.optionalBool("active", active), paging);
        return new Page<>(found.items().stream().map(UserService::view).toList(), found.page(), found.size(), found.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create an account",
            description = "In your unit's subtree (UNIT_ADMIN); only an ADMIN grants ADMIN. The initial password follows the policy "
                    + "(at least 10 characters, not common, not containing the username); the account is flagged `mustChangePassword`: "
                    + "at the first sign-in the person must choose their own before anything else.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = User.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createUser(@Valid @NotNull UserCreate body) {
        UserEntity u = users.create(body);
        return Response.status(Response.Status.CREATED).entity(UserService.view(u)).header("ETag", ETags.of(u.version)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "Get an account", description = "Your own, or one of your subtree (UNIT_ADMIN).")
    @APIResponse(responseCode = "200", description = "The account", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = User.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getUser(@PathParam("id") String id) {
        UserEntity u = users.visible(Params.pathId("Account", id));
        return Response.ok(UserService.view(u)).header("ETag", ETags.of(u.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateUser", summary = "Update, deactivate or reset an account",
            description = "Merge patch of any field but `username`. `active: false` deactivates the account; a `password` resets it "
                    + "(flagged `mustChangePassword`: the person chooses a new one at the next sign-in). Moving, deactivating, resetting or removing a role ends its sessions.")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = UserCreate.class)))
    @APIResponse(responseCode = "200", description = "The account", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = User.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response updateUser(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode body) throws JsonProcessingException {
        UserEntity current = users.visible(Params.pathId("Account", id));
        UserCreate merged = MergePatch.apply(mapper, validator, UserService.asInput(current), body, UserCreate.class, Set.of("username"));
        UserEntity u = users.update(current.id, merged, ETags.expectedVersion(ifMatch));
        return Response.ok(UserService.view(u)).header("ETag", ETags.of(u.version)).build();
    }
}
