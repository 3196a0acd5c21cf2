package com.appraisalbot.config;

import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Singleton;

/**
 * Makes the settings loaded before the container started injectable. Each container gets its own,
 * so that two app instances can run side by side in one JVM (as the cluster tests do).
 */
public class SettingsExtension implements Extension {

    private final SettingsLoader.Loaded loaded;

    public SettingsExtension(SettingsLoader.Loaded loaded) {
        this.loaded = loaded;
    }

    void registerSettings(@Observes AfterBeanDiscovery event) {
        event.addBean()
                .types(Settings.class, Object.class)
                .scope(Singleton.class)
                .createWith(context -> loaded.settings());
        event.addBean()
                .types(SmallRyeConfig.class, Object.class)
                .scope(Singleton.class)
                .createWith(context -> loaded.config());
    }
}
