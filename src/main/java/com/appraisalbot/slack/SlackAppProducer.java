package com.appraisalbot.slack;

import com.appraisalbot.config.Settings;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the Bolt app, pointed at the configured Web API, with every {@link SlackListener} on it. */
@ApplicationScoped
public class SlackAppProducer {

    static final int AFTER_ACK_THREADS = 4;

    @Produces
    @Singleton
    Slack slack(Settings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.slack().apiUrl());
        // Bolt's default logs each request and response body at DEBUG; they hold people's appraisal text.
        config.setPrettyResponseLoggingEnabled(false);
        return Slack.getInstance(config);
    }

    @Produces
    @Singleton
    App app(Settings settings, Slack slack, Instance<SlackListener> listeners) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.slack().botToken().orElseThrow())
                .signingSecret(settings.slack().signingSecret().orElse(""))
                // SlackSignatureFilter verifies every HTTP request first, more strictly than Bolt does.
                .requestVerificationEnabled(false)
                // Work after the acknowledgement (AfterAck) runs on Bolt's pool. Kept small, it queues
                // under a burst instead of taking every database connection from the requests that
                // must answer Slack within 3 seconds.
                .threadPoolSize(AFTER_ACK_THREADS)
                .build();
        App app = new App(config);
        listeners.forEach(listener -> listener.registerWith(app));
        return app;
    }

    @Produces
    @Singleton
    SlackSignatureVerifier signatureVerifier(Settings settings, Clock clock) {
        return new SlackSignatureVerifier(settings.slack().signingSecret().orElse(""), clock);
    }
}
