package vn.vwu.platform.access;

/** How a request proved who it comes from. */
public enum AuthMethod {
    SESSION, TOKEN, OIDC
}
