package com.appraisalbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code logback.xml} (tests run with {@code logback-test.xml} instead), read on its
 * own: the README promises that no appraisal text is logged, and Bolt's loggers print bodies.
 */
class LogbackConfigurationTest {

    private final LoggerContext context = new LoggerContext();

    @BeforeEach
    void readTheShippedConfiguration() throws Exception {
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(
                Path.of("src", "main", "resources", "logback.xml").toFile());
    }

    @Test
    void boltsRequestParserCannotLogTheBodyOfARequestMatchingNoSlackType() {
        assertThat(context.getLogger("com.slack.api.bolt.util.SlackRequestParser")
                        .isEnabledFor(Level.WARN))
                .isFalse();
    }

    @Test
    void boltsDebugLoggingOfBodiesIsOffWhateverLogLevelSays() {
        assertThat(context.getLogger("com.slack.api.bolt.App").isDebugEnabled()).isFalse();
        assertThat(context.getLogger("com.slack.api.methods").isDebugEnabled()).isFalse();
    }
}
