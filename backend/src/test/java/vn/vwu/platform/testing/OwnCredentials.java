package vn.vwu.platform.testing;

/** A test class that sends its own credentials (or none): {@link SignedInByDefault} leaves its requests alone. */
public interface OwnCredentials {
}
