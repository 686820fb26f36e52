package vn.vwu.platform.reporting;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.common.web.ETags;
import vn.vwu.platform.common.web.MergePatch;
import vn.vwu.platform.common.web.Params;

import java.util.List;
import java.util.Set;

@Path("/api/v1/report-forms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reporting")
class ReportFormResource {

    private final ReportFormService forms;
    private final AccessControl access;
    private final ObjectMapper mapper;
    private final Validator validator;

    public ReportFormResource(ReportFormService forms, AccessControl access, ObjectMapper mapper, Validator validator) {
        this.forms = forms;
        this.access = access;
        this.mapper = mapper;
        this.validator = validator;
    }

    @GET
    @Operation(operationId = "listReportForms", summary = "List report forms", description = "All forms ordered by code, with their indicators.")
    @APIResponse(responseCode = "200", description = "The forms", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReportForm.class)))
    public List<ReportForm> listReportForms() {
        return ReportFormEntity.<ReportFormEntity>list("ORDER BY code").stream().map(forms::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReportForm", summary = "Get a report form")
    @APIResponse(responseCode = "200", description = "The form", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportForm.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getReportForm(@PathParam("id") String id) {
        ReportFormEntity f = ReportFormService.existing(Params.pathId("Report form", id));
        return Response.ok(forms.view(f)).header("ETag", ETags.of(f.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReportForm", summary = "Create a report form",
            description = "ADMIN. Indicators are given by code; none may have a period coarser than the form's.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ReportForm.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createReportForm(@Valid @NotNull ReportFormCreate body) {
        access.requireRole(Role.ADMIN);
        ReportFormEntity f = forms.create(body);
        return Response.status(Response.Status.CREATED).entity(forms.view(f)).header("ETag", ETags.of(f.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateReportForm", summary = "Update or deactivate a report form",
            description = "ADMIN. Merge patch of any field but `code`; `indicators` replaces the whole list.")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = ReportFormCreate.class)))
    @APIResponse(responseCode = "200", description = "The form", content = @Content(schema = @Schema(implementation = ReportForm.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response updateReportForm(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode body)
            throws JsonProcessingException {
        access.requireRole(Role.ADMIN);
        ReportFormEntity current = ReportFormService.existing(Params.pathId("Report form", id));
        ReportFormCreate merged = MergePatch.apply(mapper, validator, forms.asInput(current), body, ReportFormCreate.class, Set.of("code"));
        ReportFormEntity f = forms.update(current.id, merged, ETags.expectedVersion(ifMatch));
        return Response.ok(forms.view(f)).header("ETag", ETags.of(f.version)).build();
    }
}
