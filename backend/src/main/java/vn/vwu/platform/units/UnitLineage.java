package vn.vwu.platform.units;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.vwu.platform.units.reorganizations.ReorganizationRef;
import vn.vwu.platform.units.reorganizations.Share;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Where a unit came from (predecessors) and what it became (successors).")
record UnitLineage(UnitRef unit, LocalDate validFrom, LocalDate validTo, List<Step> predecessors, List<Step> successors) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LineageStep", description = "One lineage link seen from the unit: the other unit, the share that passed, and the event.")
    public record Step(UnitRef unit, LocalDate validFrom, LocalDate validTo, Share share,
                       @Schema(description = "Fraction of the predecessor that passed (PART links), when known.") BigDecimal weight,
                       ReorganizationRef reorganization) {
    }
}
