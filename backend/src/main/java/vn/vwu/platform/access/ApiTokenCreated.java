package vn.vwu.platform.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiTokenCreated", description = "The token's secret, shown this once: send it as `Authorization: Bearer …`.")
public record ApiTokenCreated(@Schema(example = "vwu_Q2x8…") String secret, ApiToken token) {
}
