package vn.vwu.platform.indicators.values;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Values to create or update in one all-or-nothing request.")
record ValueBatch(@NotNull @Size(min = 1, max = 200_000) List<ValueInput> values) {
}
