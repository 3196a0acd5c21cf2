package com.appraisalbot.slack;

import com.appraisalbot.config.Settings;
import com.appraisalbot.people.Profile;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.methods.response.views.ViewsUpdateResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every Web API call the app makes goes through here: the result's {@code ok} is checked, a 429 is
 * retried after its {@code Retry-After}, a 5xx or network failure after a short backoff, and a
 * failure is logged with the method, Slack's error and the IDs involved before it is thrown as
 * {@link SlackCallFailed}.
 */
@ApplicationScoped
public class SlackApi {

    private static final Logger LOG = LoggerFactory.getLogger(SlackApi.class);
    static final int ATTEMPTS = 3;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final MethodsClient client;
    private final ZoneId defaultZone;
    private final Sleeper sleeper;

    @Inject
    public SlackApi(Slack slack, Settings settings) {
        this(
                slack.methods(settings.slack().botToken().orElseThrow()),
                settings.provision().timeZone(),
                Sleeper.REAL);
    }

    SlackApi(MethodsClient client, ZoneId defaultZone, Sleeper sleeper) {
        this.client = client;
        this.defaultZone = defaultZone;
        this.sleeper = sleeper;
    }

    /** How the gateway waits between attempts; replaced in unit tests. */
    interface Sleeper {
        Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    /** A call to one Web API method. */
    @FunctionalInterface
    public interface Call<T extends SlackApiTextResponse> {
        T call(MethodsClient client) throws IOException, SlackApiException;
    }

    /**
     * Makes a call, retrying what Slack says may be retried.
     *
     * @param method the Web API method's name, for logs and errors
     * @param ids the IDs involved (user, channel, view), for the log if it fails
     */
    public <T extends SlackApiTextResponse> T call(String method, String ids, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.call(client);
                if (response.isOk()) {
                    return response;
                }
                throw failed(method, ids, response.getError(), null);
            } catch (SlackApiException e) {
                Optional<Duration> wait = retryWait(e, attempt);
                if (wait.isEmpty() || attempt >= ATTEMPTS) {
                    throw failed(method, ids, "http_" + e.getResponse().code(), e);
                }
                pause(method, wait.get());
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    throw failed(method, ids, "io: " + e.getMessage(), e);
                }
                pause(method, backoff(attempt));
            }
        }
    }

    private static Optional<Duration> retryWait(SlackApiException e, int attempt) {
        int status = e.getResponse().code();
        if (status == 429) {
            String header = e.getResponse().header("Retry-After");
            long seconds = header == null ? 1 : parseSeconds(header);
            return Optional.of(Duration.ofSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds())));
        }
        return status >= 500 ? Optional.of(backoff(attempt)) : Optional.empty();
    }

    private static long parseSeconds(String header) {
        try {
            return Math.max(0, Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Duration backoff(int attempt) {
        return Duration.ofMillis(250L << (attempt - 1));
    }

    private void pause(String method, Duration wait) {
        LOG.info("Slack {} asked us to wait; retrying in {} ms", method, wait.toMillis());
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallFailed(method, "interrupted while waiting to retry", e);
        }
    }

    private static SlackCallFailed failed(String method, String ids, String error, Exception cause) {
        LOG.warn("Slack {} failed (error: {}, {})", method, error, ids);
        return new SlackCallFailed(method, error, cause);
    }

    /** A person's display name and time zone from {@code users.info}. */
    public Profile profile(String userId) {
        UsersInfoResponse info = call("users.info", "user_id: " + userId, c -> c.usersInfo(r -> r.user(userId)));
        var user = info.getUser();
        String name = firstNonBlank(
                user.getProfile() == null ? null : user.getProfile().getDisplayName(),
                user.getRealName(),
                user.getName(),
                userId);
        return new Profile(name, zone(user.getTz()));
    }

    private ZoneId zone(String tz) {
        try {
            return tz == null || tz.isBlank() ? defaultZone : ZoneId.of(tz);
        } catch (DateTimeException e) {
            return defaultZone;
        }
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }

    public void publishHome(String userId, View view) {
        call(
                "views.publish",
                "user_id: " + userId,
                c -> c.viewsPublish(r -> r.userId(userId).view(view)));
    }

    /**
     * Publishes a Home tab only if it is still the one with {@code hash}; Slack answers
     * {@code hash_conflict} when another publish came first.
     */
    public void publishHome(String userId, String hash, View view) {
        call(
                "views.publish",
                "user_id: " + userId,
                c -> c.viewsPublish(r -> r.userId(userId).hash(hash).view(view)));
    }

    /** Puts a modal on top of the open one; needs a trigger from an action inside that modal. */
    public void pushModal(String triggerId, View view) {
        call(
                "views.push",
                "trigger_id: " + triggerId,
                c -> c.viewsPush(r -> r.triggerId(triggerId).view(view)));
    }

    public ViewsOpenResponse openModal(String triggerId, View view) {
        return call(
                "views.open",
                "trigger_id: " + triggerId,
                c -> c.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    public ViewsUpdateResponse updateModal(String viewId, String hash, View view) {
        return call(
                "views.update",
                "view_id: " + viewId,
                c -> c.viewsUpdate(r -> r.viewId(viewId).hash(hash).view(view)));
    }

    /** Sends a direct message (Slack opens the DM for a user ID) with previews of links off. */
    public ChatPostMessageResponse postMessage(String channel, String text, List<LayoutBlock> blocks) {
        return call(
                "chat.postMessage",
                "channel: " + channel,
                c -> c.chatPostMessage(r -> r.channel(channel)
                        .text(text)
                        .blocks(blocks)
                        .unfurlLinks(false)
                        .unfurlMedia(false)));
    }

    /** Replaces a message the app sent earlier, such as an approval request once it is decided. */
    public void updateMessage(String channel, String ts, String text, List<LayoutBlock> blocks) {
        call(
                "chat.update",
                "channel: " + channel + ", ts: " + ts,
                c -> c.chatUpdate(r -> r.channel(channel).ts(ts).text(text).blocks(blocks)));
    }

    public void postEphemeral(String channel, String userId, String text) {
        call(
                "chat.postEphemeral",
                "channel: " + channel + ", user_id: " + userId,
                c -> c.chatPostEphemeral(r -> r.channel(channel).user(userId).text(text)));
    }
}
