package vn.vwu.platform.indicators.values;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A stored value.")
record ReportedValue(String indicator, UUID unitId, String unitName, String period, String categoryOption,
                            BigDecimal value, String comment, ValueSource source, long version, String updatedBy,
                            OffsetDateTime updatedAt) {
}
