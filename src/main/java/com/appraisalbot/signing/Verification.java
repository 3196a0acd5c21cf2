package com.appraisalbot.signing;

import com.appraisalbot.signing.VerificationFailure.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One run of {@link RecordVerifier}: the rows it read and the faults it finds in them. */
final class Verification {

    private final RecordsKey recordsKey;
    private final LedgerHead head;
    private final List<LedgerEntry> entries;
    private final List<StoredVersion> versions;
    private final List<StoredSignature> signatures;
    private final Map<String, LedgerEntry> entryByRow;
    private final List<VerificationFailure> failures = new ArrayList<>();

    Verification(
            RecordsKey recordsKey,
            LedgerHead head,
            List<LedgerEntry> entries,
            List<StoredVersion> versions,
            List<StoredSignature> signatures) {
        this.recordsKey = recordsKey;
        this.head = head;
        this.entries = entries;
        this.versions = versions;
        this.signatures = signatures;
        // Two entries for one row can only come from an edit of the ledger, which the chain check reports.
        this.entryByRow = entries.stream()
                .collect(Collectors.toMap(LedgerEntry::coveredRow, Function.identity(), (first, second) -> first));
    }

    VerificationReport run() {
        if (head.keyCheck() != null && !head.keyCheck().equals(recordsKey.keyCheck())) {
            failures.add(VerificationFailure.ofLedger(Problem.WRONG_RECORDS_KEY, RecordVerifier.WRONG_KEY));
        } else {
            checkChain();
            checkHead();
            versions.forEach(this::checkVersion);
            signatures.forEach(this::checkSignature);
            checkRowsStillExist();
        }
        return new VerificationReport(versions.size(), signatures.size(), entries.size(), failures, head.entryHash());
    }

    private void checkChain() {
        String previousHash = LedgerHead.GENESIS_HASH;
        long expected = 1;
        for (LedgerEntry entry : entries) {
            long number = entry.sequenceNumber();
            if (number != expected) {
                fail(
                        Problem.LEDGER_BROKEN,
                        entry,
                        "ledger entries " + expected + " to " + (number - 1) + " before entry " + number
                                + " were deleted");
            } else if (!entry.previousHash().equals(previousHash)) {
                fail(
                        Problem.LEDGER_BROKEN,
                        entry,
                        "ledger entry " + number
                                + " does not follow the entry before it: an entry was edited, deleted or reordered");
            }
            if (!entry.expectedHash(recordsKey).equals(entry.entryHash())) {
                fail(
                        Problem.LEDGER_BROKEN,
                        entry,
                        "ledger entry " + number + " was edited: its hash does not" + " match what it records");
            }
            previousHash = entry.entryHash();
            expected = number + 1;
        }
    }

    private void checkHead() {
        long lastNumber =
                entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequenceNumber();
        String lastHash = entries.isEmpty()
                ? LedgerHead.GENESIS_HASH
                : entries.get(entries.size() - 1).entryHash();
        if (head.sequenceNumber() != lastNumber || !head.entryHash().equals(lastHash)) {
            failures.add(VerificationFailure.ofLedger(
                    Problem.LEDGER_BROKEN,
                    "the ledger's head records entry " + head.sequenceNumber() + " as the newest, but the newest"
                            + " entry is " + lastNumber + ": entries at the end were deleted or the head was edited"));
        }
    }

    private void checkVersion(StoredVersion version) {
        String rowName = "version row " + version.id();
        String actual = Digests.sha256(version.content());
        if (!actual.equals(version.contentSha256())) {
            fail(
                    Problem.CONTENT_CHANGED,
                    version,
                    rowName + ": its content's SHA-256 is " + actual + " but it was written with "
                            + version.contentSha256());
        }
        checkAgainstLedger(LedgerEntry.Type.VERSION, version.id(), version.ledgerPayload(), version, rowName);
    }

    private void checkSignature(StoredSignature signature) {
        StoredVersion version = signature.version();
        String rowName = "signature row " + signature.id() + " by " + signature.signerDescription();
        String content = Digests.sha256(version.content());
        if (!content.equals(signature.contentSha256())) {
            fail(
                    Problem.SIGNATURE_MISMATCH,
                    version,
                    rowName + " signed content with SHA-256 " + signature.contentSha256()
                            + " but the version's content has " + content);
        }
        checkAgainstLedger(LedgerEntry.Type.SIGNATURE, signature.id(), signature.ledgerPayload(), version, rowName);
    }

    private void checkAgainstLedger(
            LedgerEntry.Type type, long rowId, String payload, StoredVersion version, String rowName) {
        LedgerEntry entry = entryByRow.get(LedgerEntry.rowReference(type, rowId));
        if (entry == null) {
            fail(Problem.NOT_IN_LEDGER, version, rowName + " has no ledger entry");
        } else if (!Digests.sha256(payload).equals(entry.payloadSha256())) {
            fail(Problem.ROW_CHANGED, version, rowName + " no longer matches ledger entry " + entry.sequenceNumber());
        }
    }

    private void checkRowsStillExist() {
        Set<String> rows = new HashSet<>();
        versions.forEach(version -> rows.add(LedgerEntry.rowReference(LedgerEntry.Type.VERSION, version.id())));
        signatures.forEach(signature -> rows.add(LedgerEntry.rowReference(LedgerEntry.Type.SIGNATURE, signature.id())));
        for (LedgerEntry entry : entries) {
            if (!rows.contains(entry.coveredRow())) {
                fail(
                        Problem.ROW_DELETED,
                        entry,
                        "the " + entry.kind() + " row " + entry.rowId() + " recorded by ledger entry "
                                + entry.sequenceNumber() + " is gone");
            }
        }
    }

    private void fail(Problem problem, StoredVersion version, String detail) {
        failures.add(failure(problem, version.record().checkedKey(), version.number(), detail));
    }

    private void fail(Problem problem, LedgerEntry entry, String detail) {
        failures.add(failure(problem, entry.key(), entry.versionNumber(), detail));
    }

    private static VerificationFailure failure(
            Problem problem, Optional<RecordKey> record, int versionNumber, String detail) {
        return new VerificationFailure(problem, record, record.isPresent() ? versionNumber : 0, detail);
    }
}
