package vn.vwu.platform.common.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;

/**
 * Makes an embedded PostgreSQL the default database.
 *
 * <p>When no JDBC URL is configured (no {@code QUARKUS_DATASOURCE_JDBC_URL}, nothing in
 * application.properties) and {@code vwu.embedded-db.enabled} is not false, this contributes the
 * datasource URL/credentials of an embedded server. The server is started lazily, the first time
 * the URL is read, so building the app never starts one.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String configuredUrl = value(context, URL, "");
        if (!configuredUrl.isBlank() && !configuredUrl.equals(EmbeddedDatabaseConfigSource.PLACEHOLDER_URL)) {
            return List.of();
        }
        if (!Boolean.parseBoolean(value(context, "vwu.embedded-db.enabled", "true"))) {
            return List.of();
        }
        Path dataDir = Path.of(value(context, "vwu.embedded-db.data-dir", "data/pg")).toAbsolutePath();
        boolean clean = Boolean.parseBoolean(value(context, "vwu.embedded-db.clean-on-start", "false"));
        return List.of(new EmbeddedDatabaseConfigSource(new EmbeddedDatabase.Settings(dataDir, clean)));
    }

    private static String value(ConfigSourceContext context, String name, String fallback) {
        ConfigValue v = context.getValue(name);
        return v == null || v.getValue() == null ? fallback : v.getValue();
    }

    @Override
    public java.util.OptionalInt getPriority() {
        // Below application.properties (250), env (300) and system properties (400).
        return java.util.OptionalInt.of(200);
    }
}
