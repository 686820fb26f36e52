package vn.vwu.platform.indicators.targets;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

record TargetBatch(@NotNull @Size(min = 1, max = 200_000) List<TargetInput> targets) {
}
