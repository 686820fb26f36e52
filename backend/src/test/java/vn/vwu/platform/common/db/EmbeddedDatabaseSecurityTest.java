package vn.vwu.platform.common.db;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded server answers only whoever knows its password, which only the data directory's owner can read. */
@QuarkusTest
class EmbeddedDatabaseSecurityTest {

    @Test
    void aConnectionWithoutThePasswordIsRefused() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        for (String guess : new String[] {"", "postgres"}) {
            SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", guess).close());
            // 28P01: wrong password; 08004: the driver's own refusal once the server asked for a SCRAM proof of an empty one.
            assertTrue(refused.getSQLState().startsWith("28") || refused.getSQLState().equals("08004"), refused.getSQLState() + " " + refused.getMessage());
        }
        Path dataDir = Path.of(ConfigProvider.getConfig().getValue("vwu.embedded-db.data-dir", String.class));
        Path file = dataDir.resolve(Secured.PASSWORD_FILE);
        try (Connection c = DriverManager.getConnection(url, "postgres", Files.readString(file).strip())) {
            assertTrue(c.isValid(5));
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }
}
