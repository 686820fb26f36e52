package vn.vwu.platform.units.reorganizations;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.vwu.platform.units.UnitRef;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A recorded reorganisation with what it did to each unit and the lineage links it created.")
record Reorganization(
        UUID id,
        ReorganizationType type,
        LocalDate effectiveDate,
        String legalBasis,
        String note,
        OffsetDateTime createdAt,
        List<Effect> effects,
        List<Link> lineage) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReorganizationEffect", description = "What the event did to one unit; parents for MOVED/CLOSED units.")
    public record Effect(UnitRef unit, EffectKind effect, UnitRef fromParent, UnitRef toParent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LineageLink", description = "Predecessor → successor; weight is the fraction of the predecessor (PART links).")
    public record Link(UnitRef predecessor, UnitRef successor, Share share, BigDecimal weight) {
    }
}
