package com.appraisalbot.app;

import com.appraisalbot.Main;
import com.appraisalbot.config.SettingsExtension;
import com.appraisalbot.config.SettingsLoader;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.spi.Extension;
import java.util.UUID;
import org.jboss.weld.bootstrap.spi.BeanDiscoveryMode;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A running Appraisal Bot: a CDI container, and, when {@link #start started}, its {@link Application}
 * serving Slack. {@link #close()} stops it in order and is safe to call twice.
 */
public final class AppraisalBot implements AutoCloseable {

    private final WeldContainer container;
    private final Application application;
    private volatile boolean started;

    private AppraisalBot(WeldContainer container) {
        this.container = container;
        this.application = container.select(Application.class).get();
    }

    /**
     * Boots the container with the given settings and starts every part of the app.
     *
     * @param extraBeanClasses beans from outside the app's packages, such as a test's own job
     */
    public static AppraisalBot start(SettingsLoader.Loaded settings, Class<?>... extraBeanClasses) {
        AppraisalBot bot = boot(settings, extraBeanClasses);
        try {
            bot.application.start();
            bot.started = true;
            return bot;
        } catch (RuntimeException e) {
            bot.close();
            throw e;
        }
    }

    /**
     * Boots the container only: no HTTP server, scheduler or Slack connection is started, and the
     * database is opened when a bean first needs it. For commands such as {@code verify-records}.
     *
     * @param extraBeanClasses beans from outside the app's packages; a class that is a CDI
     *     {@link Extension} is added as one, such as a test's veto of a bean it replaces
     */
    public static AppraisalBot boot(SettingsLoader.Loaded settings, Class<?>... extraBeanClasses) {
        Weld weld = new Weld("appraisal-bot-" + UUID.randomUUID())
                .disableDiscovery()
                .setBeanDiscoveryMode(BeanDiscoveryMode.ANNOTATED)
                .addPackages(true, Main.class)
                .addExtension(new SettingsExtension(settings))
                .skipShutdownHook();
        for (Class<?> extra : extraBeanClasses) {
            if (Extension.class.isAssignableFrom(extra)) {
                weld.addExtension(newExtension(extra.asSubclass(Extension.class)));
            } else {
                weld.addBeanClass(extra);
            }
        }
        return new AppraisalBot(weld.initialize());
    }

    private static Extension newExtension(Class<? extends Extension> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(
                    "CDI extension " + type.getName() + " needs a public no-argument" + " constructor", e);
        }
    }

    /** A bean of the container, such as the {@code RecordVerifier}. */
    public <T> T bean(Class<T> type) {
        return container.select(type).get();
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
            if (started) {
                application.stop();
            }
            // Closing the container also runs the disposers, which close the database a booted container opened.
            container.close();
        }
    }
}
