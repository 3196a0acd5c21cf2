package com.appraisalbot.slack.reviews;

import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.reviews.proforma.Proformas;
import com.appraisalbot.slack.Requesters;
import com.appraisalbot.slack.SlackApi;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a proforma and uploads it into the requester's DM with Slack's current upload flow
 * ({@code files.getUploadURLExternal}, the upload, {@code files.completeUploadExternal}). Slow, so
 * it always runs after the request was acknowledged.
 */
@ApplicationScoped
public class ProformaUpload {

    private static final Logger LOG = LoggerFactory.getLogger(ProformaUpload.class);

    private final Requesters requesters;
    private final Directory directory;
    private final Calendars calendars;
    private final Proformas proformas;
    private final SlackApi slackApi;
    private final Clock clock;

    @Inject
    public ProformaUpload(
            Requesters requesters,
            Directory directory,
            Calendars calendars,
            Proformas proformas,
            SlackApi slackApi,
            Clock clock) {
        this.requesters = requesters;
        this.directory = directory;
        this.calendars = calendars;
        this.proformas = proformas;
        this.slackApi = slackApi;
        this.clock = clock;
    }

    /**
     * Sends the proforma of {@code subjectUserId} (the requester's own when null) to the requester, or
     * tells them in their DM why not.
     */
    void send(String teamId, String requesterUserId, String subjectUserId) {
        String channel = dm(requesterUserId);
        Optional<Person> requester = requesters.identify(teamId, requesterUserId);
        if (requester.isEmpty()) {
            slackApi.postMessage(channel, requesters.notSetUp(teamId), List.of());
            return;
        }
        Optional<Person> subject = subjectUserId == null ? requester : directory.find(teamId, subjectUserId);
        if (subject.isEmpty()) {
            slackApi.postMessage(channel, "That person is not in Appraisal Bot, so there is no proforma.", List.of());
            return;
        }
        try {
            upload(channel, requester.get(), subject.get());
        } catch (AccessDenied e) {
            slackApi.postMessage(channel, e.getMessage(), List.of());
        }
    }

    private void upload(String channel, Person requester, Person subject) {
        CycleYear year = calendars.current(requester.teamId()).year();
        Instant started = clock.instant();
        byte[] pdf = proformas.pdf(requester, subject, year);
        long buildMillis = Duration.between(started, clock.instant()).toMillis();
        String filename = "appraisal-proforma-" + slug(subject.displayName()) + "-" + year.startYear() + ".pdf";
        String title = "Appraisal proforma, " + subject.displayName() + ", " + year.label();
        FilesUploadV2Response response = slackApi.call(
                "files.uploadV2",
                "channel: " + channel + ", user_id: " + requester.slackUserId(),
                c -> c.filesUploadV2(r -> r.channel(channel)
                        .filename(filename)
                        .title(title)
                        .fileData(pdf)
                        .requestFileInfo(false)
                        .initialComment("Here is the proforma of " + subject.displayName() + " for " + year.label()
                                + ". Each record's SHA-256 at the end lets anyone check a printed copy.")));
        LOG.info(
                "Proforma uploaded (team_id: {}, user_id: {}, subject_id: {}, bytes: {}, build_ms: {}, total_ms: {},"
                        + " files: {})",
                requester.teamId(),
                requester.slackUserId(),
                subject.id(),
                pdf.length,
                buildMillis,
                Duration.between(started, clock.instant()).toMillis(),
                response.getFiles() == null ? 0 : response.getFiles().size());
    }

    private String dm(String userId) {
        ConversationsOpenResponse open = slackApi.call(
                "conversations.open", "user_id: " + userId, c -> c.conversationsOpen(r -> r.users(List.of(userId))));
        return open.getChannel().getId();
    }

    private static String slug(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "person" : slug;
    }
}
