package vn.vwu.platform.access.tokens;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiTokenCreated", description = "The token's secret, shown this once: send it as `Authorization: Bearer …`.")
record ApiTokenCreated(@Schema(example = "vwu_Q2x8…") String secret, ApiToken token) {
}
