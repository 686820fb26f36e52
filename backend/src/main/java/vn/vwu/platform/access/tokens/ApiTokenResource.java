package vn.vwu.platform.access.tokens;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vwu.platform.common.web.Params;

import java.util.List;

@Path("/api/v1/api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access")
class ApiTokenResource {

    private final ApiTokenService tokens;

    public ApiTokenResource(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GET
    @Operation(operationId = "listApiTokens", summary = "List your API tokens", description = "Without their secrets; newest first, revoked and expired included.")
    @APIResponse(responseCode = "200", description = "Your tokens", content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = ApiToken.class)))
    public List<ApiToken> listApiTokens() {
        return tokens.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiToken", summary = "Create an API token",
            description = "For a third-party system: a subset of your roles, for your unit or one below it, valid for a limited time. "
                    + "The secret is in this response only; it is stored hashed. Only a signed-in person creates tokens (not a token).")
    @APIResponse(responseCode = "201", description = "Created; keep the secret now", content = @Content(schema = @Schema(implementation = ApiTokenCreated.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response createApiToken(@Valid @NotNull ApiTokenCreate body) {
        return Response.status(Response.Status.CREATED).entity(tokens.create(body)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiToken", summary = "Revoke an API token", description = "Yours (administrators: anyone's). Effective immediately.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revokeApiToken(@PathParam("id") String id) {
        tokens.revoke(Params.pathId("API token", id));
        return Response.noContent().build();
    }
}
