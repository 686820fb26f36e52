package vn.vwu.platform.units;

import java.time.LocalDate;
import java.util.UUID;

public record ReorganizationRef(UUID id, ReorganizationType type, LocalDate effectiveDate, String legalBasis) {
}
