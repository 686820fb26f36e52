package vn.vwu.platform.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vwu.platform.units.UnitRef;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Report", description = "A unit's report of one form for one period.")
public record Report(UUID id, @Schema(example = "BC-THANG") String form, String formName, UnitRef unit,
                     @Schema(example = "2026-10") String period, ReportStatus status,
                     @Schema(description = "Last day to submit (Vietnam dates).") LocalDate dueDate,
                     OffsetDateTime submittedAt, String submittedBy,
                     @Schema(description = "Submitted no later than the due date; null while not submitted.") Boolean onTime,
                     OffsetDateTime decidedAt, String decidedBy,
                     @Schema(description = "Reason of the last return or reopening.") String reason, long version) {
}
