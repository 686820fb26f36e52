package vn.vwu.platform.indicators.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Roll-up figures. `structureAsOf` absent: the hierarchy as it was during the period (as reported).")
record AnalyticsResult(String period, LocalDate structureAsOf, Breakdown by, List<AnalyticsRow> rows) {
}
