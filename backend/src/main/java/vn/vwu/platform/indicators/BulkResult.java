package vn.vwu.platform.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Outcome of a bulk write (or of its dry run).")
public record BulkResult(
        @Schema(description = "True if nothing was written because `dryRun` was asked for.") boolean dryRun,
        int received, int created, int updated, int unchanged) {

    public BulkResult withCounts(int[] createdUpdated) {
        return new BulkResult(dryRun, received, createdUpdated[0], createdUpdated[1], received - createdUpdated[0] - createdUpdated[1]);
    }
}
