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
