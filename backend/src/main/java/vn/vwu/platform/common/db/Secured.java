package vn.vwu.platform.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;

/**
 * The embedded server's superuser gets a random password, kept in the data directory readable by its owner only, and
 * every connection must prove it (scram-sha-256). The library initialises a data directory trusting every local user
 * (any account on the machine could read the password hashes, or run programs through COPY … PROGRAM): this closes
 * that right after the first start, and a data directory made by an older version is secured the same way.
 */
final class Secured {

    static final String PASSWORD_FILE = "vwu-superuser-password";
    private static final String HBA = """
            # Written by the application (common/db/Secured): every connection proves the password, loopback only.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private Secured() {
    }

    static Optional<String> password(Path dataDir) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Sets a new password over the still-trusting connection, keeps it, then makes the server ask for it. */
    static String secure(EmbeddedPostgres pg, Path dataDir) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE " + EmbeddedDatabase.USER + " PASSWORD '" + password + "'"); // URL-safe Base64: nothing to escape
            writeOwnerOnly(dataDir.resolve(PASSWORD_FILE), password);
            Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not secure the embedded PostgreSQL in " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not secure the embedded PostgreSQL in " + dataDir, e);
        }
        return password;
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file); // Windows: the data directory inherits its owner's access control list
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
