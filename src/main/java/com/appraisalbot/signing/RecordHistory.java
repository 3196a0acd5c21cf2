package com.appraisalbot.signing;

import java.util.List;
import java.util.Optional;

/**
 * Every version of a record, oldest first, each with the signatures it received. Signatures on a
 * superseded version are kept but void: they signed content that has since changed.
 */
public record RecordHistory(RecordKey key, List<Entry> versions) {

    public RecordHistory {
        versions = List.copyOf(versions);
    }

    /**
     * One version and its signatures.
     *
     * @param superseded true when a newer version exists, so these signatures no longer count
     */
    public record Entry(RecordVersion version, List<Signature> signatures, boolean superseded) {

        public Entry {
            signatures = List.copyOf(signatures);
        }
    }

    /** The version in force with its signatures; empty when the record has never been written. */
    public Optional<Entry> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** Signatures that were voided because the version they signed was superseded, oldest first. */
    public List<Signature> voidedSignatures() {
        return versions.stream()
                .filter(Entry::superseded)
                .flatMap(entry -> entry.signatures().stream())
                .toList();
    }
}
