package com.appraisalbot.persistence;

import com.appraisalbot.config.Settings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database, its connection pool and Hibernate, produced once per app in dependency order.
 * {@link com.appraisalbot.app.Application} closes them in reverse order on shutdown; the disposers
 * also close them when start-up fails half way, so no database process is left behind.
 */
@ApplicationScoped
public class PersistenceProducers {

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceProducers.class);

    @Produces
    @Singleton
    DatabaseServer databaseServer(Settings settings) {
        Settings.Database database = settings.database();
        DatabaseServer server = database.url().isPresent()
                ? new ExternalDatabase(
                        database.url().get(),
                        database.user().orElseThrow(),
                        database.password().orElse(""))
                : EmbeddedMariaDb.start(settings.data().dir());
        LOG.info("Using {}", server.describe());
        return server;
    }

    void closeDatabaseServer(@Disposes DatabaseServer server) {
        server.close();
    }

    /** The pool every part of the app shares, on a schema already brought up to date. */
    @Produces
    @Singleton
    HikariDataSource dataSource(DatabaseServer server, Settings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("appraisal");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(settings.database().poolSize());
        // Fail a request in seconds, not Hikari's default 30: Slack gives us 3.
        config.setConnectionTimeout(2_000);
        config.setValidationTimeout(1_000);
        config.setInitializationFailTimeout(10_000);
        // Every transaction runs through Hibernate, which then need not switch autocommit off and on
        // again around each one: two round trips saved per transaction.
        config.setAutoCommit(false);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    private static void migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(
                "Database schema at version {} ({} migrations applied now)",
                flyway.info().current().getVersion(),
                applied);
    }

    @Produces
    @Singleton
    SessionFactory sessionFactory(HikariDataSource dataSource) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("appraisal")
                .managedClasses(PersistentClasses.ALL)
                .property(AvailableSettings.DATASOURCE, dataSource)
                .property(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "none")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true);
        return configuration.createEntityManagerFactory();
    }

    void closeSessionFactory(@Disposes SessionFactory sessionFactory) {
        if (sessionFactory.isOpen()) {
            sessionFactory.close();
        }
    }
}
