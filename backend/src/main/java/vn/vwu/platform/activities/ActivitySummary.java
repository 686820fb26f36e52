package vn.vwu.platform.activities;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Counts and amounts of the selected activities, in total and per group.")
record ActivitySummary(
        @Schema(description = "The grouping asked for.") SummaryGroupBy groupBy,
        @Schema(description = "Groups, largest first (months in calendar order). With PROGRAMME an activity of two programmes counts in both.")
        List<Group> groups,
        @Schema(description = "The whole selection, each activity counted once.") Totals total) {

    @Schema(name = "ActivityTotals")
    public record Totals(
            @Schema(example = "437") long activities,
            @Schema(example = "32000") long participants,
            long participantsWomen,
            long participantsEthnicMinority,
            long beneficiaryPeople,
            long beneficiaryHouseholds,
            @Schema(description = "VND", example = "4200000000") long cost,
            @Schema(description = "VND") long funds) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ActivitySummaryGroup")
    public record Group(
            @Schema(description = "Type code, programme code, unit id or month (YYYY-MM); absent for activities linked to no programme.")
            String key,
            @Schema(example = "Buổi truyền thông, tuyên truyền") String label,
            Totals totals) {
    }
}
