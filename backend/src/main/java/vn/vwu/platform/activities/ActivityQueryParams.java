package vn.vwu.platform.activities;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters shared by the activity list, summary and export (raw strings: parsed strictly by ActivityFilter). */
class ActivityQueryParams {

    @QueryParam("unitId")
    @Parameter(description = "Organising unit; with descendants=true (default) its whole subtree as it stood on each activity's date.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String unitId;

    @QueryParam("descendants")
    @Parameter(description = "Include activities of the unit's subtree (default true).", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
    public String descendants;

    @QueryParam("period")
    @Parameter(description = "Period of the activity date: `2025`, `2025-H1`, `2025-Q3`, `2025-08`, a term `2022-2027` or a date range `2025-01-01..2025-09-30`.",
            example = "2025")
    public String period;

    @QueryParam("from")
    @Parameter(description = "First activity date (inclusive).", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last activity date (inclusive).", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("type")
    @Parameter(description = "Activity type codes, comma-separated.", example = "COMMUNICATION,TRAINING")
    public String type;

    @QueryParam("programme")
    @Parameter(description = "Programme codes or ids, comma-separated (activities linked to any of them).", example = "DA8")
    public String programme;

    @QueryParam("status")
    @Parameter(description = "Statuses, comma-separated (PLANNED, DONE, CANCELLED).", example = "DONE")
    public String status;

    @QueryParam("q")
    @Parameter(description = "Words searched in title, description, results, place and partners, ignoring case and diacritics.",
            example = "luat tre em")
    public String q;
}
