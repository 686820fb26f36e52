package vn.vwu.platform.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Completeness", description = "Which units directly below a unit have reported a form for a period, and when.")
record Completeness(UnitRef unit, String form, String period, LocalDate dueDate, Counts counts, List<Entry> units) {

    @Schema(name = "CompletenessCounts")
    public record Counts(int expected, int submittedOnTime, int submittedLate, int approved, int returned, int draft, int missing) {
    }

    @Schema(name = "CompletenessEntry")
    public record Entry(UnitRef unit, @Schema(description = "MISSING when no report was opened.") String status, Boolean onTime,
                        java.time.OffsetDateTime submittedAt, java.util.UUID reportId) {
    }
}
