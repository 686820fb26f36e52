package vn.vwu.platform.common.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vwu.platform.common.problem.Problem;
import vn.vwu.platform.common.problem.ProblemResponses;

/**
 * API-wide OpenAPI definitions. The reusable error responses are referenced by every operation
 * (`@APIResponse(responseCode = "404", ref = "NotFound")`).
 */
@OpenAPIDefinition(
        info = @Info(title = "VWU management and reporting platform API", version = "1.0.0",
                description = "Versioned JSON API of the Vietnam Women's Union platform: the hierarchy of unions with its "
                        + "history, indicators, activities and reporting. Errors are RFC 9457 problem details."),
        tags = {
                @Tag(name = "units", description = "The union's hierarchy of units and its reorganisations, as of any date"),
                @Tag(name = "indicators", description = "Indicator catalogue, reported values, targets and roll-ups"),
                @Tag(name = "activities", description = "Programmes, activity types, activities with their attachments, summaries and exports"),
                @Tag(name = "access", description = "Signing in and out, accounts, personal API tokens and the audit trail"),
                @Tag(name = "reporting", description = "Report forms and the periodic reporting workflow: submit, approve, return, reopen; completeness")
        },
        security = {@SecurityRequirement(name = "apiToken"), @SecurityRequirement(name = "session")},
        components = @Components(securitySchemes = {
                @SecurityScheme(securitySchemeName = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
                        description = "A personal API token (`vwu_…`, created with POST /api/v1/api-tokens) or, when single sign-on is "
                                + "configured, a JWT of the identity provider."),
                @SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
                        apiKeyName = "vwu_session", description = "The SPA's session (POST /api/v1/session). Requests changing data "
                        + "must also send the header `X-Requested-With`.")
        }, responses = {
                @APIResponse(name = "Unauthorized", responseCode = "401", description = "No valid credentials: sign in or send an API token",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Forbidden", responseCode = "403", description = "Your roles do not allow this here (or the unit is above yours)",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "TooManyRequests", responseCode = "429", description = "Too many attempts; wait the `Retry-After` seconds",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "BadRequest", responseCode = "400", description = "Malformed or invalid input; `errors` names each field",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "No such resource",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Conflict", responseCode = "409", description = "Conflicts with existing data (duplicate code, overlapping period)",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PreconditionFailed", responseCode = "412", description = "`If-Match` names a stale version",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "UnsupportedMediaType", responseCode = "415", description = "The body is not JSON",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PayloadTooLarge", responseCode = "413", description = "The upload or request is larger than allowed",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "UnprocessableContent", responseCode = "422", description = "Well-formed, but breaks a rule of the union's structure",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "ServiceUnavailable", responseCode = "503", description = "The database is unreachable; retry later",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class ApiDefinition extends Application {
}
