package vn.vwu.platform.access.sessions;

import org.junit.jupiter.api.Test;
import vn.vwu.platform.common.VwuConfig;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Single sign-on does not start half set up: above all, never without an audience. */
class SingleSignOnCheckTest {

    @Test
    void anEnabledProviderNeedsItsIssuerClientAndAudience() {
        assertEquals(List.of(), SingleSignOnCheck.missing(oidc(false, null, null, null)));
        assertEquals(List.of("VWU_AUTH_OIDC_AUDIENCE"), SingleSignOnCheck.missing(oidc(true, "https://id.example/realms/vwu", "vwu", null)));
        assertEquals(List.of("VWU_AUTH_OIDC_AUDIENCE"), SingleSignOnCheck.missing(oidc(true, "https://id.example/realms/vwu", "vwu", " ")));
        assertEquals(List.of("VWU_AUTH_OIDC_ISSUER", "VWU_AUTH_OIDC_CLIENT_ID", "VWU_AUTH_OIDC_AUDIENCE"),
                SingleSignOnCheck.missing(oidc(true, null, null, null)));
        assertEquals(List.of(), SingleSignOnCheck.missing(oidc(true, "https://id.example/realms/vwu", "vwu", "vwu")));
    }

    private static VwuConfig.Oidc oidc(boolean enabled, String issuer, String clientId, String audience) {
        return new VwuConfig.Oidc() {
            public boolean enabled() {
                return enabled;
            }

            public Optional<String> issuer() {
                return Optional.ofNullable(issuer);
            }

            public Optional<String> clientId() {
                return Optional.ofNullable(clientId);
            }

            public Optional<String> clientSecret() {
                return Optional.empty();
            }

            public Optional<String> audience() {
                return Optional.ofNullable(audience);
            }

            public String displayName() {
                return "SSO";
            }
        };
    }
}
