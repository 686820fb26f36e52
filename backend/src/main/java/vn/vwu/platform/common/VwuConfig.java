package vn.vwu.platform.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalDate;

/** Application settings under `vwu.*` (environment: `VWU_…`). */
@ConfigMapping(prefix = "vwu")
public interface VwuConfig {

    EmbeddedDb embeddedDb();

    ReferenceData referenceData();

    DemoData demoData();

    Achievement achievement();

    Attachments attachments();

    Auth auth();

    interface Auth {
        /** A browser session ends after this many minutes without a request. */
        @WithDefault("120")
        int sessionIdleMinutes();

        /** …and at the latest this many hours after signing in. */
        @WithDefault("12")
        int sessionMaxHours();

        /** Send the session cookie with `Secure` (HTTPS only; browsers also accept it on http://localhost). */
        @WithDefault("true")
        boolean cookieSecure();

        /** Consecutive wrong passwords after which an account is locked for `lockMinutes`. */
        @WithDefault("5")
        int maxFailedLogins();

        @WithDefault("15")
        int lockMinutes();

        /** Sign-in attempts allowed per client address per minute (all accounts together). */
        @WithDefault("20")
        int attemptsPerMinutePerAddress();

        /** Longest validity of a personal API token, and the default when none is asked. */
        @WithDefault("365")
        int tokenMaxDays();

        @WithDefault("90")
        int tokenDefaultDays();

        /** End an account's API tokens when its password is changed or reset (false keeps them). */
        @WithDefault("true")
        boolean revokeTokensOnPasswordChange();

        /** Nobody approves a report they submitted, nor changes their own roles or unit. */
        @WithDefault("true")
        boolean separationOfDuties();

        Bootstrap bootstrap();

        /** Create the documented demo accounts (one per role at central, provincial and commune level). Never in production. */
        @WithDefault("false")
        boolean demoAccounts();

        Oidc oidc();
    }

    /** The first administrator, created at first start when there is no user at all. */
    interface Bootstrap {
        @WithDefault("admin")
        String username();

        /** Its password (VWU_AUTH_BOOTSTRAP_PASSWORD); when absent a random one is generated and printed once. */
        java.util.Optional<String> password();
    }

    /**
     * Single sign-on with an OpenID Connect provider (e.g. Keycloak), through quarkus-oidc: the provider's access
     * tokens are accepted as bearer tokens (people and systems' service accounts), and the SPA offers to sign in at the
     * provider (authorization code flow with PKCE). Accounts are linked by the provider's subject (`sub`); roles and
     * unit stay managed here. These settings feed `quarkus.oidc.*` in application.properties.
     */
    interface Oidc {
        @WithDefault("false")
        boolean enabled();

        /** The provider's issuer URL (its keys and endpoints are found through /.well-known/openid-configuration). */
        java.util.Optional<String> issuer();

        /** This application's client id at the provider (the SPA's sign-in uses it). */
        java.util.Optional<String> clientId();

        /** The client secret, for a confidential client (recommended: it also keys the sign-in's state cookie across replicas). */
        java.util.Optional<String> clientSecret();

        /** The audience (`aud`) every accepted token must name; required when single sign-on is enabled. */
        java.util.Optional<String> audience();

        /** The name of the provider on the sign-in page ("Đăng nhập bằng …"). */
        @WithDefault("SSO")
        String displayName();
    }

    interface Attachments {
        /** Largest photo or document accepted, in bytes (default 10 MiB). */
        @WithDefault("10485760")
        long maxBytes();

        /** Most attachments one activity may carry. */
        @WithDefault("30")
        int maxPerActivity();
    }

    interface Achievement {
        /** Percentage of the target from which a result counts as PARTIAL rather than NOT_MET. */
        @WithDefault("50")
        java.math.BigDecimal partialThreshold();
    }

    /** Read early by the embedded-database config source; declared here so they are documented and validated. */
    interface EmbeddedDb {
        /** Start an embedded PostgreSQL when no QUARKUS_DATASOURCE_JDBC_URL is set. */
        @WithDefault("true")
        boolean enabled();

        /** Where its data lives; survives restarts. */
        @WithDefault("data/pg")
        String dataDir();

        /** Wipe the data directory at start (tests). */
        @WithDefault("false")
        boolean cleanOnStart();
    }

    interface ReferenceData {
        /** Load Vietnam's administrative units (before/after 2025-07-01) at start if not loaded yet. */
        @WithDefault("true")
        boolean loadOnStart();

        /**
         * First day of the pre-reform structure. The source is a snapshot (state of 2025-03-01); units are
         * taken to exist from this date so that data from the 2021–2026 term can be recorded against them.
         */
        @WithDefault("2020-01-01")
        LocalDate baselineDate();
    }

    interface DemoData {
        /** Add synthetic branches (chi hội) and groups (tổ phụ nữ) under the current communes, marked demo. */
        @WithDefault("true")
        boolean enabled();
    }
}
