package vn.vwu.platform.access.sessions;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.vwu.platform.common.VwuConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses to start with single sign-on half set up. The audience above all: without it, any token the provider
 * issues to any of its applications would be accepted here.
 */
@ApplicationScoped
class SingleSignOnCheck {

    void onStart(@Observes StartupEvent event, VwuConfig config) {
        List<String> missing = missing(config.auth().oidc());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Single sign-on is enabled (VWU_AUTH_OIDC_ENABLED=true) but " + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " not set");
        }
    }

    static List<String> missing(VwuConfig.Oidc oidc) {
        List<String> missing = new ArrayList<>();
        if (oidc.enabled()) {
            need(missing, oidc.issuer(), "VWU_AUTH_OIDC_ISSUER");
            need(missing, oidc.clientId(), "VWU_AUTH_OIDC_CLIENT_ID");
            need(missing, oidc.audience(), "VWU_AUTH_OIDC_AUDIENCE");
        }
        return missing;
    }

    private static void need(List<String> missing, Optional<String> value, String name) {
        if (value.filter(v -> !v.isBlank()).isEmpty()) {
            missing.add(name);
        }
    }
}
