package vn.vwu.platform.access;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** What a request presented: the SPA's session cookie or a personal API token. */
final class CredentialRequest extends BaseAuthenticationRequest {

    enum Kind { SESSION, API_TOKEN }

    private final Kind kind;
    private final String secret;

    CredentialRequest(Kind kind, String secret) {
        this.kind = kind;
        this.secret = secret;
    }

    Kind kind() {
        return kind;
    }

    String secret() {
        return secret;
    }
}
