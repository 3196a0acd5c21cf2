package com.appraisalbot.slack.admin;

import com.appraisalbot.access.Access;
import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.people.Person;
import com.appraisalbot.slack.Requesters;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Function;

/**
 * What every admin form does first on submission: find the submitter from the signed user ID and
 * check, here on the server, that they are an admin. A forged submission of an admin form's
 * callback_id is refused with field errors, audited, and changes nothing.
 */
@ApplicationScoped
public class Forms {

    private final Requesters requesters;
    private final Access access;

    @Inject
    public Forms(Requesters requesters, Access access) {
        this.requesters = requesters;
        this.access = access;
    }

    /**
     * Runs {@code work} for an admin submitter, or answers with an error on {@code firstBlockId}.
     *
     * @param firstBlockId the form's first input, where a refusal is shown
     */
    Response asAdmin(
            String teamId,
            String userId,
            String firstBlockId,
            ViewSubmissionContext context,
            Function<Person, Response> work) {
        Person submitter = requesters.identify(teamId, userId).orElse(null);
        if (submitter == null) {
            return errors(
                    context,
                    Map.of(firstBlockId, "You're not set up in Appraisal Bot yet, so you cannot change the setup."));
        }
        try {
            access.requireAdmin(submitter);
        } catch (AccessDenied e) {
            return errors(context, Map.of(firstBlockId, e.getMessage()));
        }
        return work.apply(submitter);
    }

    static Response errors(ViewSubmissionContext context, Map<String, String> errors) {
        return context.ack(r -> r.responseAction("errors").errors(errors));
    }
}
