package vn.vwu.platform.access.sessions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SingleSignOn", description = "Whether this installation offers signing in at a single sign-on provider, and how.")
record SingleSignOn(
        boolean enabled,
        @Schema(description = "The provider's name for the button, e.g. \"SSO\".") String displayName,
        @Schema(description = "Where the browser goes to sign in at the provider (a full-page navigation, not a fetch).",
                example = "/api/v1/session/sso") String signInPath) {
}
