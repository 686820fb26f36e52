package vn.vwu.platform.activities;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;
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
import vn.vwu.platform.common.web.ETags;
import vn.vwu.platform.common.web.MergePatch;
import vn.vwu.platform.common.web.Params;

import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.common.problem.ProblemException;
import java.util.UUID;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activities")
class ActivityResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ActivityService service;
    private final ActivityQueries queries;
    private final ActivitySummaries summaries;
    private final ActivityExport export;
    private final ObjectMapper mapper;
    private final Validator validator;

    private final AccessControl access;

    public ActivityResource(ActivityService service, ActivityQueries queries, ActivitySummaries summaries, ActivityExport export,
                            ObjectMapper mapper, Validator validator, AccessControl access) {
        this.access = access;
        this.service = service;
        this.queries = queries;
        this.summaries = summaries;
        this.export = export;
        this.mapper = mapper;
        this.validator = validator;
    }

    @GET
    @Operation(operationId = "listActivities", summary = "Search activities",
            description = "Activities of a unit and its whole subtree (as it stood on each activity's date), filtered by dates, type, "
                    + "programme, status and words (diacritics-insensitive). Newest first unless `sort` says otherwise.")
    @APIResponse(responseCode = "200", description = "A page of activities")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<Activity> listActivities(
            @BeanParam ActivityQueryParams params,
            @Parameter(description = "startsAt, title, participants, cost, funds, createdAt or updatedAt, then ,asc or ,desc.",
                    example = "startsAt,desc") @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        ActivitySort order = ActivitySort.parse(sort);
        ActivityQueries.Ids found = queries.search(ActivityFilter.of(scoped(params), List.of(ActivityStatus.values())), order, paging);
        return Page.of(queries.views(found.ids()), paging, found.total());
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "summariseActivities", summary = "Count activities, participants and amounts",
            description = "Totals of the selection and per group: activity type, programme, child unit of `unitId` (as of each "
                    + "activity's date), month or status. Only DONE activities count unless `status` says otherwise.")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = ActivitySummary.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ActivitySummary summariseActivities(
            @BeanParam ActivityQueryParams params,
            @Parameter(schema = @Schema(implementation = SummaryGroupBy.class, defaultValue = "TYPE")) @QueryParam("groupBy") String groupBy) {
        SummaryGroupBy by = Params.enumValue("groupBy", groupBy, SummaryGroupBy.class);
        return summaries.summarise(ActivityFilter.of(scoped(params), List.of(ActivityStatus.DONE)), by == null ? SummaryGroupBy.TYPE : by);
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", XLSX, "application/problem+json"})
    @Operation(operationId = "exportActivities", summary = "Export activities as CSV or Excel",
            description = "The same selection as the search, up to " + ActivityExport.MAX_ROWS + " activities. CSV is UTF-8 with English "
                    + "column names and ISO dates for systems; XLSX has Vietnamese headers and formatted dates and numbers for cadres.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response exportActivities(
            @BeanParam ActivityQueryParams params,
            @Parameter(schema = @Schema(enumeration = {"csv", "xlsx"}, defaultValue = "csv")) @QueryParam("format") String format,
            @QueryParam("sort") String sort) {
        String f = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw vn.vwu.platform.common.problem.ProblemException.invalid("format", "must be csv or xlsx, got '" + format + "'");
        }
        ActivityFilter filter = ActivityFilter.of(scoped(params), List.of(ActivityStatus.values()));
        ActivitySort order = ActivitySort.parse(sort);
        export.checkSize(filter);
        String name = "hoat-dong-" + Params.today();
        StreamingOutput body = f.equals("csv") ? out -> export.csv(filter, order, out) : out -> export.xlsx(filter, order, out);
        return Response.ok(body, f.equals("csv") ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + f + "\"").build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActivity", summary = "Get an activity")
    @APIResponse(responseCode = "200", description = "The activity", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Activity.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getActivity(@PathParam("id") String id) {
        return withTag(view(visible(id).id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createActivity", summary = "Record an activity",
            description = "400 lists every invalid field; 422 when the data is well-formed but breaks a rule (the unit did not exist on "
                    + "the activity's date, a programme was not running, the type is deactivated). Nothing is written on error.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Activity.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response createActivity(@NotNull(message = "a JSON body is required") @Valid ActivityInput body, @Context UriInfo uri) {
        access.requireWritable(body.unitId(), Role.EDITOR);
        ActivityEntity a = service.create(body);
        Activity view = view(a.id);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/activities").path(a.id.toString()).build())
                .header("ETag", ETags.of(view.version())).entity(view).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateActivity", summary = "Correct an activity",
            description = "JSON merge patch of the creation fields (null removes an optional one); the result is checked like a new "
                    + "activity. Send the ETag in If-Match: a stale version answers 412.")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = ActivityInput.class)))
    @APIResponse(responseCode = "200", description = "The updated activity", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Activity.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response updateActivity(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode body)
            throws JsonProcessingException {
        access.requireRole(Role.EDITOR);
        ActivityEntity current = visible(id);
        Long expected = ETags.expectedVersion(ifMatch);
        ActivityInput merged = MergePatch.apply(mapper, validator, ActivityService.asInput(current), body, ActivityInput.class, Set.of());
        access.requireWritable(merged.unitId(), Role.EDITOR);
        ActivityEntity a = service.update(current.id, merged, expected == null ? current.version : expected);
        return withTag(view(a.id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteActivity", summary = "Delete an activity and its attachments",
            description = "Derived indicators no longer count it. If-Match is honoured (412 when stale).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response deleteActivity(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        access.requireRole(Role.EDITOR);
        service.delete(visible(id).id, ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    private Activity view(UUID id) {
        Activity a = queries.view(id);
        if (a == null) {
            throw vn.vwu.platform.common.problem.ProblemException.notFound("Activity", id);
        }
        return a;
    }

    private static Response withTag(Activity a) {
        return Response.ok(a).header("ETag", ETags.of(a.version())).build();
    }

    private ActivityEntity visible(String id) {
        return service.visible(Params.pathId("Activity", id));
    }

    /** Searches start at the caller's unit when they name none (the whole country only for the centre). */
    private ActivityQueryParams scoped(ActivityQueryParams params) {
        UUID unit = Params.uuid("unitId", params.unitId);
        if (unit != null) {
            access.requireReadable(unit);
        } else if (access.defaultRoot() != null) {
            params.unitId = access.defaultRoot().toString();
            params.descendants = "true";
        }
        return params;
    }
}
