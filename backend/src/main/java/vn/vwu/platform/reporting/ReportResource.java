package vn.vwu.platform.reporting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.web.ETags;
import vn.vwu.platform.common.web.Params;
import vn.vwu.platform.indicators.Period;

import java.util.UUID;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reporting")
class ReportResource {

    private final ReportService service;
    private final ReportQueries queries;

    public ReportResource(ReportService service, ReportQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listReports", summary = "List reports",
            description = "Reports of your scope, newest period first; `unitId` with `children=true` lists the reports of the units directly below it "
                    + "(an approver's inbox: add `status=SUBMITTED`).")
    @APIResponse(responseCode = "200", description = "A page of reports")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<Report> listReports(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("unitId") String unitId,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("children") String children,
            @Parameter(description = "Form code.", example = "BC-THANG") @QueryParam("form") String form,
            @Parameter(description = "Reports within this period.", example = "2026") @QueryParam("period") String period,
            @Parameter(schema = @Schema(implementation = ReportStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return queries.list(Params.uuid("unitId", unitId), Params.bool("children", children, false), form(form, false),
                period == null || period.isBlank() ? null : Period.parse("period", period, true),
                Params.enumValue("status", status, ReportStatus.class), paging);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openReport", summary = "Open a report",
            description = "The report of a unit for a form and period (EDITOR of the unit): created as DRAFT (201), or the existing one (200).")
    @APIResponse(responseCode = "200", description = "It already existed", content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response openReport(@Valid @NotNull ReportOpen body) {
        ReportService.Opened opened = service.open(body);
        return withTag(opened.report()).status(opened.created() ? 201 : 200).build();
    }

    @GET
    @Path("/completeness")
    @Operation(operationId = "getReportCompleteness", summary = "Completeness and timeliness",
            description = "For the units directly below `unitId` on the period's last day: who submitted on time or late, was approved, returned, "
                    + "is still in draft or has not opened the report — as counts and as a list.")
    @APIResponse(responseCode = "200", description = "Completeness", content = @Content(schema = @Schema(implementation = Completeness.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Completeness getReportCompleteness(
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("unitId") String unitId,
            @Parameter(required = true, example = "BC-THANG") @QueryParam("form") String form,
            @Parameter(required = true, example = "2026-10") @QueryParam("period") String period) {
        UUID unit = Params.uuid("unitId", unitId);
        if (unit == null) {
            throw ProblemException.invalid("unitId", "is required");
        }
        if (period == null || period.isBlank()) {
            throw ProblemException.invalid("period", "is required");
        }
        return queries.completeness(unit, form(form, true), Period.parse("period", period, false));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReport", summary = "Get a report")
    @APIResponse(responseCode = "200", description = "The report", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getReport(@PathParam("id") String id) {
        return withTag(service.visible(Params.pathId("Report", id))).build();
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitReport", summary = "Submit a report",
            description = "EDITOR of the unit; DRAFT or RETURNED → SUBMITTED. The form's mandatory indicators need values for the whole period "
                    + "(422 lists those missing). Its values are then locked (409 on writes) until it is returned or reopened.")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response submitReport(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.submit(Params.pathId("Report", id), ETags.expectedVersion(ifMatch))).build();
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveReport", summary = "Approve a report",
            description = "APPROVER of the unit directly above (at the top: of the unit itself); SUBMITTED → APPROVED.")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response approveReport(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.approve(Params.pathId("Report", id), ETags.expectedVersion(ifMatch))).build();
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnReport", summary = "Return a report for correction",
            description = "APPROVER of the unit above; SUBMITTED → RETURNED with a reason; the unit can edit and submit again.")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response returnReport(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid ReportDecision body) {
        return withTag(service.returnForCorrection(Params.pathId("Report", id), body == null ? null : body.reason(),
                ETags.expectedVersion(ifMatch))).build();
    }

    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenReport", summary = "Reopen an approved report",
            description = "APPROVER of the unit above; APPROVED → RETURNED with a reason, which unlocks its values.")
    @APIResponse(responseCode = "200", description = "Reopened", content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response reopenReport(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid ReportDecision body) {
        return withTag(service.reopen(Params.pathId("Report", id), body == null ? null : body.reason(), ETags.expectedVersion(ifMatch))).build();
    }

    private Response.ResponseBuilder withTag(ReportEntity r) {
        return Response.ok(queries.view(r)).header("ETag", ETags.of(r.version));
    }

    private static ReportFormEntity form(String code, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                throw ProblemException.invalid("form", "is required");
            }
            return null;
        }
        return ReportFormService.named("form", code);
    }
}
