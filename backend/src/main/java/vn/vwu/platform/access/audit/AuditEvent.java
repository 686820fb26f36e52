package vn.vwu.platform.access.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "AuditEvent", description = "One recorded change or sign-in: who, when, from where, what, before and after.")
public record AuditEvent(long id, OffsetDateTime at, UUID actorId, String actor,
                         @Schema(description = "SESSION, TOKEN, OIDC, SYSTEM or ANONYMOUS.") String via,
                         String ip, String userAgent, String requestId,
                         @Schema(example = "UPDATE") String action, @Schema(example = "VALUE") String entity, String entityId, UUID unitId,
                         @Schema(description = "The row before the change (absent for creations).") JsonNode before,
                         @Schema(description = "The row after the change (absent for deletions).") JsonNode after, String detail) {
}
