package vn.vwu.platform.indicators.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.text.VietnameseText;
import vn.vwu.platform.common.web.ETags;
import vn.vwu.platform.common.web.MergePatch;
import vn.vwu.platform.common.web.Params;

import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators")
class IndicatorResource {

    private final IndicatorService service;

    private final AccessControl access;

    private final ObjectMapper mapper;
    private final Validator validator;

    public IndicatorResource(IndicatorService service, AccessControl access, ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
        this.access = access;
        this.service = service;
    }

    @GET
    @Operation(operationId = "listIndicators", summary = "List indicators",
            description = "The catalogue ordered by code. `q` matches code and names ignoring case and diacritics.")
    @APIResponse(responseCode = "200", description = "A page of indicators")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<Indicator> listIndicators(
            @Parameter(description = "Name or code search.", example = "hoi vien") @QueryParam("q") String q,
            @Parameter(description = "true: active only; false: inactive only; absent: all.", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active,
            @Parameter(description = "Exact code.") @QueryParam("code") String code,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        Boolean activeFilter = Params.optionalBool("active", active);
        String folded = VietnameseText.fold(q);
        List<IndicatorEntity> catalogue = IndicatorEntity.listAll();
        IndicatorService.Lookups lookups = service.lookups(catalogue);
        List<IndicatorEntity> all = catalogue.stream()
                .filter(i -> activeFilter == null || i.active == activeFilter)
                .filter(i -> code == null || code.isBlank() || i.code.equals(code.trim()))
                .filter(i -> folded.isEmpty() || VietnameseText.fold(i.code + " " + i.name + " " + i.nameEn).contains(folded))
                .sorted(Comparator.comparing(i -> i.code))
                .toList();
        List<Indicator> items = all.stream().skip(paging.offset()).limit(paging.size()).map(i -> IndicatorService.toApi(i, lookups)).toList();
        return Page.of(items, paging, all.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIndicator", summary = "Get an indicator")
    @APIResponse(responseCode = "200", description = "The indicator", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Indicator.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getIndicator(@PathParam("id") String id) {
        IndicatorEntity e = existing(id);
        return Response.ok(service.toApi(e)).header("ETag", ETags.of(e.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createIndicator", summary = "Create an indicator")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Indicator.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response createIndicator(@NotNull(message = "a JSON body is required") @Valid IndicatorCreate body, @Context UriInfo uri) {
        access.requireRole(Role.ADMIN);
        IndicatorEntity e = service.create(body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/indicators").path(e.id.toString()).build())
                .header("ETag", ETags.of(e.version)).entity(service.toApi(e)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateIndicator", summary = "Update or deactivate an indicator",
            description = "Merge patch of names, description, unit of measure, grouping, reporting levels, min/max, higherIsBetter and "
                    + "`active` (false deactivates: no new values). Types and aggregation rules are frozen.")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = IndicatorPatch.class)))
    @APIResponse(responseCode = "200", description = "The updated indicator", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Indicator.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response updateIndicator(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode body)
            throws JsonProcessingException {
        access.requireRole(Role.ADMIN);
        UUID indicatorId = Params.pathId("Indicator", id);
        IndicatorService.refuseRuleChanges(body);
        IndicatorAttributes merged = MergePatch.apply(mapper, validator, service.attributes(indicatorId), body, IndicatorAttributes.class,
                Set.of());
        IndicatorEntity e = service.update(indicatorId, merged, ETags.expectedVersion(ifMatch));
        return Response.ok(service.toApi(e)).header("ETag", ETags.of(e.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteIndicator", summary = "Delete an unused indicator",
            description = "Only an indicator without values, targets or dependent computed indicators can be deleted; otherwise deactivate it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response deleteIndicator(@PathParam("id") String id) {
        access.requireRole(Role.ADMIN);
        service.delete(Params.pathId("Indicator", id));
        return Response.noContent().build();
    }

    private static IndicatorEntity existing(String id) {
        IndicatorEntity e = IndicatorEntity.findById(Params.pathId("Indicator", id));
        if (e == null) {
            throw ProblemException.notFound("Indicator", id);
        }
        return e;
    }
}
