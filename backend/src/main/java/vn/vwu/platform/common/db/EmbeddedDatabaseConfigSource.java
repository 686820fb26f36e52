package vn.vwu.platform.common.db;

import io.quarkus.runtime.ExecutionMode;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/** Datasource settings of the embedded server; reading the URL starts the server if needed. */
final class EmbeddedDatabaseConfigSource implements ConfigSource {

    private static final Set<String> NAMES = Set.of(
            EmbeddedDatabaseConfigSourceFactory.URL,
            "quarkus.datasource.username",
            "quarkus.datasource.password");

    private final EmbeddedDatabase.Settings settings;

    EmbeddedDatabaseConfigSource(EmbeddedDatabase.Settings settings) {
        this.settings = settings;
    }

    @Override
    public Set<String> getPropertyNames() {
        return NAMES;
    }

    @Override
    public Map<String, String> getProperties() {
        // Listing properties must not start the server (Quarkus lists sources while building).
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        if (!NAMES.contains(propertyName)) {
            return null;
        }
        return switch (propertyName) {
            case "quarkus.datasource.username" -> EmbeddedDatabase.USER;
            case "quarkus.datasource.password" -> isBuilding() ? null : EmbeddedDatabase.ensureStarted(settings).password();
            default -> isBuilding() ? PLACEHOLDER_URL : EmbeddedDatabase.ensureStarted(settings).jdbcUrl();
        };
    }

    /**
     * Quarkus reads runtime properties while it builds the app and records what it sees as runtime
     * defaults. Building must neither start a server nor bake its port into the app, so during the build
     * we hand out a placeholder that the factory treats as "no URL configured".
     */
    static final String PLACEHOLDER_URL = "jdbc:postgresql://embedded-postgresql-started-at-runtime/postgres";

    private static boolean isBuilding() {
        // Quarkus marks the phases of a running app (static init, runtime init, running); while it builds the app
        // (Maven package, the start of a test run, a dev-mode restart) no phase is set.
        return ExecutionMode.current() == ExecutionMode.UNSET;
    }

    @Override
    public int getOrdinal() {
        return 200;
    }

    @Override
    public String getName() {
        return "vwu-embedded-postgresql";
    }
}
