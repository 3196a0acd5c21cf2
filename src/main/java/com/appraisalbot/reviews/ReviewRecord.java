package com.appraisalbot.reviews;

import com.appraisalbot.people.Role;
import com.appraisalbot.signing.RecordHistory;
import com.appraisalbot.signing.RecordVersion;
import com.appraisalbot.signing.Signature;
import java.util.List;
import java.util.Optional;

/**
 * The newest signed version of a review with the signatures it carries.
 *
 * @param version the stored version: its number, content hash and author
 * @param review the answers in that version
 */
public record ReviewRecord(RecordVersion version, Review review, List<Signature> signatures) {

    public ReviewRecord {
        signatures = List.copyOf(signatures);
    }

    static Optional<ReviewRecord> latestOf(RecordHistory history) {
        return history.latest()
                .map(entry -> new ReviewRecord(
                        entry.version(), Review.fromJson(entry.version().content()), entry.signatures()));
    }

    public int number() {
        return version.number();
    }

    public String contentSha256() {
        return version.contentSha256();
    }

    /** The signature given in a role, if any. */
    public Optional<Signature> signatureAs(Role role) {
        return signatures.stream()
                .filter(signature -> signature.signer().role().equals(role.name()))
                .findFirst();
    }

    public boolean signedAs(Role... roles) {
        for (Role role : roles) {
            if (signatureAs(role).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the review is signed by everyone its kind needs: both, and for a final review the SLT too. */
    public boolean fullySigned() {
        return review.kind().needsSlt()
                ? signedAs(Role.CASE_MANAGER, Role.APPRAISER, Role.SLT_MEMBER)
                : signedAs(Role.CASE_MANAGER, Role.APPRAISER);
    }
}
