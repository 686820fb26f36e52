package vn.vwu.platform.common.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When is the embedded database the default? (Starting it is covered by every @QuarkusTest.) */
class EmbeddedDatabaseConfigSourceFactoryTest {

    private final EmbeddedDatabaseConfigSourceFactory factory = new EmbeddedDatabaseConfigSourceFactory();

    @Test
    void aConfiguredJdbcUrlMeansNoEmbeddedDatabase() {
        assertTrue(sources(Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://db:5432/vwu")).isEmpty());
    }

    @Test
    void withoutAUrlTheEmbeddedDatabaseProvidesTheDatasource() {
        List<ConfigSource> sources = sources(Map.of());
        assertEquals(1, sources.size());
        assertTrue(sources.get(0).getPropertyNames().contains("quarkus.datasource.jdbc.url"));
        assertEquals("postgres", sources.get(0).getValue("quarkus.datasource.username"));
        // listing properties must not start a server
        assertTrue(sources.get(0).getProperties().isEmpty());
    }

    @Test
    void theBuildTimePlaceholderCountsAsNoUrl() {
        assertEquals(1, sources(Map.of("quarkus.datasource.jdbc.url", EmbeddedDatabaseConfigSource.PLACEHOLDER_URL)).size());
    }

    @Test
    void itCanBeSwitchedOff() {
        assertTrue(sources(Map.of("vwu.embedded-db.enabled", "false")).isEmpty());
    }

    private List<ConfigSource> sources(Map<String, String> values) {
        List<ConfigSource> result = new ArrayList<>();
        factory.getConfigSources(new MapContext(values)).forEach(result::add);
        return result;
    }

    private record MapContext(Map<String, String> values) implements ConfigSourceContext {
        @Override
        public ConfigValue getValue(String name) {
            String v = values.get(name);
            return v == null ? null : ConfigValue.builder().withName(name).withValue(v).build();
        }

        @Override
        public List<String> getProfiles() {
            return List.of();
        }

        @Override
        public Iterator<String> iterateNames() {
            return values.keySet().iterator();
        }
    }
}
