package vn.vwu.platform.units.reorganizations;

import java.time.LocalDate;
import java.util.UUID;

public record ReorganizationRef(UUID id, ReorganizationType type, LocalDate effectiveDate, String legalBasis) {
}
