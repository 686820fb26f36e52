package vn.vwu.platform.activities.attachments;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "A photo or document attached to an activity.")
record Attachment(
        UUID id,
        @Schema(example = "Buổi truyền thông ấp 3.jpg") String fileName,
        @Schema(description = "Recognised from the file's bytes.", example = "image/jpeg") String contentType,
        @Schema(example = "482113") long sizeBytes,
        @Schema(description = "SHA-256 of the content, hex.") String sha256,
        @Schema(description = "Whether a preview exists at .../thumbnail.") boolean thumbnail,
        String createdBy,
        OffsetDateTime createdAt) {
}
