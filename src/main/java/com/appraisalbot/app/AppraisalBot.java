package com.appraisalbot.app;

import com.appraisalbot.Main;
import com.appraisalbot.config.SettingsExtension;
import com.appraisalbot.config.SettingsLoader;
import jakarta.enterprise.inject.se.SeContainer;
import java.util.UUID;
import org.jboss.weld.bootstrap.spi.BeanDiscoveryMode;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A running Appraisal Bot: a CDI container whose {@link Application} has started. {@link #close()}
 * stops it in order and is safe to call twice.
 */
public final class AppraisalBot implements AutoCloseable {

    private final WeldContainer container;
    private final Application application;

    private AppraisalBot(WeldContainer container, Application application) {
        this.container = container;
        this.application = application;
    }

    /**
     * Boots the container with the given settings and starts every part of the app.
     *
     * @param extraBeanClasses beans from outside the app's packages, such as a test's own job
     */
    public static AppraisalBot start(SettingsLoader.Loaded settings, Class<?>... extraBeanClasses) {
        Weld weld = new Weld("appraisal-bot-" + UUID.randomUUID())
                .disableDiscovery()
                .setBeanDiscoveryMode(BeanDiscoveryMode.ANNOTATED)
                .addPackages(true, Main.class)
                .addBeanClasses(extraBeanClasses)
                .addExtension(new SettingsExtension(settings))
                .skipShutdownHook();
        WeldContainer container = weld.initialize();
        try {
            Application application = container.select(Application.class).get();
            application.start();
            return new AppraisalBot(container, application);
        } catch (RuntimeException e) {
            container.close();
            throw e;
        }
    }

    /** The HTTP port the app listens on (useful when it was started with port 0). */
    public int port() {
        return application.port();
    }

    /** The CDI container, for tests that need a bean. */
    public SeContainer container() {
        return container;
    }

    @Override
    public synchronized void close() {
        if (container.isRunning()) {
            application.stop();
            container.close();
        }
    }
}
