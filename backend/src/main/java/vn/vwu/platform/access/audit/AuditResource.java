package vn.vwu.platform.access.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.web.Params;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access")
class AuditResource {

    private final AuditQueries queries;
    private final AccessControl access;

    public AuditResource(AuditQueries queries, AccessControl access) {
        this.queries = queries;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "Search the audit trail",
            description = "Every change (units, reorganisations, indicators, values, targets, programmes, activities, attachments, accounts, "
                    + "tokens, report forms, reports and their transitions) and every sign-in, newest first. ADMIN sees all; UNIT_ADMIN the events "
                    + "of units in their scope. The history of one value: `entity=VALUE&entityId={indicatorId}/{unitId}/{periodStart}`.")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<AuditEvent> listAuditEvents(
            @Parameter(description = "UNIT, VALUE, TARGET, ACTIVITY, REPORT, USER, SESSION…", example = "VALUE") @QueryParam("entity") String entity,
            @Parameter(description = "Id of the entity (values and targets: indicatorId/unitId/periodStart).") @QueryParam("entityId") String entityId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("unitId") String unitId,
            @Parameter(description = "With unitId: the whole subtree (default true).", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("descendants") String descendants,
            @Parameter(description = "Account id of the actor.", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("userId") String userId,
            @Parameter(description = "From this day (Vietnam time).", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "To this day, inclusive.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size) {
        access.requireRole(Role.UNIT_ADMIN);
        PageRequest paging = PageRequest.of(page, size);
        UUID unit = Params.uuid("unitId", unitId);
        if (unit != null) {
            access.requireReadable(unit);
        }
        LocalDate fromDay = Params.date("from", from, null);
        LocalDate toDay = Params.date("to", to, null);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        AuditQueries.Filter filter = new AuditQueries.Filter(
                entity == null || entity.isBlank() ? null : entity.trim().toUpperCase(Locale.ROOT),
                entityId == null || entityId.isBlank() ? null : entityId.trim(), unit, Params.bool("descendants", descendants, true),
                Params.uuid("userId", userId), startOf(fromDay), startOf(toDay == null ? null : toDay.plusDays(1)));
        return queries.list(filter, access.scope(), paging);
    }

    @GET
    @Path("/{id}/values")
    @Operation(operationId = "listAuditEventValues", summary = "The values one event changed",
            description = "A bulk write of values is recorded as one event per unit (\"15 value(s)\"); this lists that event's values, "
                    + "each with its before and after, by indicator, period and unit. Events that changed no values have none. "
                    + "Same visibility as the trail: ADMIN every event, UNIT_ADMIN those of units in their scope (others are 404).")
    @APIResponse(responseCode = "200", description = "A page of value changes")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<ValueChange> listAuditEventValues(
            @Parameter(description = "Id of the audit event.", schema = @Schema(type = SchemaType.INTEGER, format = "int64"), example = "1042")
            @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String size) {
        access.requireRole(Role.UNIT_ADMIN);
        PageRequest paging = PageRequest.of(page, size);
        long eventId = Params.pathNumber("Audit event", id);
        // outside the caller's scope an event answers as one that does not exist (as activities and reports do)
        if (!queries.isVisible(eventId, access.scope())) {
            throw ProblemException.notFound("Audit event", id);
        }
        return queries.valuesChangedBy(eventId, paging);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Params.VIETNAM).toOffsetDateTime();
    }
}
