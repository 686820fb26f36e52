package vn.vwu.platform.activities.programmes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A short reference to a programme.")
public record ProgrammeRef(UUID id, @Schema(example = "DA8") String code, String name) {
}
