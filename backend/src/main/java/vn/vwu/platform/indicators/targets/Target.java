package vn.vwu.platform.indicators.targets;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Target(String indicator, UUID unitId, String unitName, String period, BigDecimal value, String comment, long version) {
}
