package vn.vwu.platform.common.db;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A released migration has run on someone's database: editing it makes Flyway refuse to start there ("checksum
 * mismatch"). Every migration is listed with the hash of its text in `db/released-migrations.txt`; a change to a
 * listed one fails here, and a new one must be added to the list on purpose.
 */
class ReleasedMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void noReleasedMigrationChangesAndEveryMigrationIsListed() throws IOException {
        assertEquals(released(), current(), "migrations differ from db/released-migrations.txt: never edit a released "
                + "migration (write a new one); list a new one with its hash");
    }

    private static Map<String, String> released() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (InputStream in = ReleasedMigrationsTest.class.getResourceAsStream("/db/released-migrations.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split(" ");
                    m.put(parts[0], parts[1]);
                }
            }
        }
        return m;
    }

    private static Map<String, String> current() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                // LF line ends: a Windows checkout must not count as a change (Flyway ignores them too).
                m.put(f.getFileName().toString(), sha256(Files.readString(f, StandardCharsets.UTF_8).replace("\r", "")));
            }
        }
        return m;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
