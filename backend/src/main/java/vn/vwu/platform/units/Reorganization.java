package vn.vwu.platform.units;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A recorded reorganisation with what it did to each unit and the lineage links it created.")
public record Reorganization(
        UUID id,
        ReorganizationType type,
        LocalDate effectiveDate,
        String legalBasis,
        String note,
        OffsetDateTime createdAt,
        List<Effect> effects,
        List<Link> lineage) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Effect(UnitRef unit, EffectKind effect, UnitRef fromParent, UnitRef toParent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Link(UnitRef predecessor, UnitRef successor, Share share, BigDecimal weight) {
    }
}
