package vn.vwu.platform.indicators;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

public record TargetBatch(@NotNull @Size(min = 1, max = 200_000) List<TargetInput> targets) {
}
