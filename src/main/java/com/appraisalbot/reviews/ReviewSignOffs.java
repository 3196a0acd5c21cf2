package com.appraisalbot.reviews;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.signing.CanonicalJson;
import com.appraisalbot.signing.RecordKey;
import com.appraisalbot.signing.RecordVersion;
import com.appraisalbot.signing.SignedRecords;
import com.appraisalbot.signing.Signer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * The SLT member's review of a final review: their comment, kept as a signed record of its own that
 * names the final review's version and content hash, so the comment cannot be moved to other
 * content and adding it does not void the signatures already on the review.
 */
@ApplicationScoped
public class ReviewSignOffs {

    /** The longest an SLT comment or a reason for returning may be, in characters. */
    public static final int COMMENT_MAX = 1500;

    private final SignedRecords signedRecords;

    @Inject
    public ReviewSignOffs(SignedRecords signedRecords) {
        this.signedRecords = signedRecords;
    }

    /**
     * An SLT sign-off as stored.
     *
     * @param reviewVersion the final review's version it signs off
     * @param reviewSha256 that version's content hash
     */
    public record SignOff(String comment, int reviewVersion, String reviewSha256, RecordVersion version) {}

    /** The newest SLT sign-off of a case manager's final review, if any. */
    public Optional<SignOff> latest(String teamId, long caseManagerId, CycleYear year) {
        return signedRecords
                .latest(ReviewKeys.sltSignOff(teamId, caseManagerId, year))
                .map(version -> {
                    JsonObject json = JsonParser.parseString(version.content()).getAsJsonObject();
                    return new SignOff(
                            json.get("comment").getAsString(),
                            json.get("reviewVersion").getAsInt(),
                            json.get("reviewSha256").getAsString(),
                            version);
                });
    }

    String requireComment(String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty() || text.length() > COMMENT_MAX) {
            throw new InvalidReview(Map.of(
                    "comment",
                    "Write the SLT's review comment, up to " + COMMENT_MAX + " characters; it has " + text.length()
                            + "."));
        }
        return text;
    }

    void record(Person slt, Person caseManager, CycleYear year, ReviewRecord review, String comment) {
        RecordKey key = ReviewKeys.sltSignOff(caseManager.teamId(), caseManager.id(), year);
        Signer signer = new Signer(slt.teamId(), slt.slackUserId(), Role.SLT_MEMBER.name());
        String content = CanonicalJson.of(Map.of(
                "comment", comment,
                "reviewVersion", review.number(),
                "reviewSha256", review.contentSha256()));
        RecordVersion version = signedRecords.append(key, content, signer);
        signedRecords.sign(version.id(), signer);
    }
}
