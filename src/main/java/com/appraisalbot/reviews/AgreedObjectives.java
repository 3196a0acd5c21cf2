package com.appraisalbot.reviews;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.objectives.ObjectivesPlan;
import com.appraisalbot.objectives.PlanCodec;
import com.appraisalbot.signing.RecordVersion;
import com.appraisalbot.signing.SignedRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The agreed objectives a review is about: the newest version of the objectives record. */
@ApplicationScoped
public class AgreedObjectives {

    private static final Logger LOG = LoggerFactory.getLogger(AgreedObjectives.class);

    private final SignedRecords signedRecords;

    @Inject
    public AgreedObjectives(SignedRecords signedRecords) {
        this.signedRecords = signedRecords;
    }

    /** The stored version; empty when no objectives were recorded for the year. */
    public Optional<RecordVersion> version(String teamId, long caseManagerId, CycleYear year) {
        return signedRecords.latest(ReviewKeys.objectives(teamId, caseManagerId, year));
    }

    /** The plan, or empty when none was recorded or it cannot be read. */
    public Optional<ObjectivesPlan> plan(String teamId, long caseManagerId, CycleYear year) {
        return version(teamId, caseManagerId, year).flatMap(AgreedObjectives::read);
    }

    /** Reads a stored plan; an unreadable one is logged and left out, so a review or proforma still shows. */
    public static Optional<ObjectivesPlan> read(RecordVersion version) {
        try {
            return Optional.of(PlanCodec.read(version.content()));
        } catch (RuntimeException e) {
            // Whatever shape an older objectives version has, the review and the proforma still work.
            LOG.warn("Agreed objectives {} version {} could not be read", version.key(), version.number(), e);
            return Optional.empty();
        }
    }
}
