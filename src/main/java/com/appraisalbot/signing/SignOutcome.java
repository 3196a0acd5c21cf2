package com.appraisalbot.signing;

import java.util.Optional;

/**
 * What {@link SignedRecords#sign} did.
 *
 * @param signature the new signature, or the one that already existed; empty when nothing was signed
 */
public record SignOutcome(Status status, Optional<Signature> signature) {

    public enum Status {
        /** A new signature was recorded. */
        SIGNED,
        /** This person had already signed this version in this role; nothing new was recorded. */
        ALREADY_SIGNED,
        /** The version is not the record's latest, so signing it would mean nothing; nothing was recorded. */
        NOT_LATEST_VERSION
    }

    static SignOutcome signed(Signature signature) {
        return new SignOutcome(Status.SIGNED, Optional.of(signature));
    }

    static SignOutcome alreadySigned(Signature signature) {
        return new SignOutcome(Status.ALREADY_SIGNED, Optional.of(signature));
    }

    static SignOutcome notLatestVersion() {
        return new SignOutcome(Status.NOT_LATEST_VERSION, Optional.empty());
    }
}
