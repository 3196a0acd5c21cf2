package com.appraisalbot.signing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.Session;

/** Appends entries to the ledger, one after another, each chained to the one before. Holds no state. */
@Dependent
class Ledger {

    private final RecordsKey recordsKey;
    private final Clock clock;

    @Inject
    Ledger(RecordsKey recordsKey, Clock clock) {
        this.recordsKey = recordsKey;
        this.clock = clock;
    }

    /** Now, to the microsecond the database keeps, so that what is hashed is what is stored. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    void recordVersion(Session session, StoredVersion version) {
        append(session, LedgerEntry.Type.VERSION, version.id(), version, version.ledgerPayload());
    }

    void recordSignature(Session session, StoredSignature signature) {
        append(session, LedgerEntry.Type.SIGNATURE, signature.id(), signature.version(), signature.ledgerPayload());
    }

    private void append(Session session, LedgerEntry.Type type, long rowId, StoredVersion version, String payload) {
        // The head's row lock puts every append in the whole app, on every instance, in one order.
        LedgerHead head = session.find(LedgerHead.class, LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE);
        checkKey(head);
        LedgerEntry entry = new LedgerEntry(
                head.sequenceNumber() + 1, type, rowId, version.record().key(), version.number(), payload);
        entry.chain(head.entryHash(), now(), recordsKey);
        session.persist(entry);
        head.advanceTo(entry);
    }

    private void checkKey(LedgerHead head) {
        if (head.keyCheck() == null) {
            head.setKeyCheck(recordsKey.keyCheck());
        } else if (!head.keyCheck().equals(recordsKey.keyCheck())) {
            throw new IllegalStateException(RecordVerifier.WRONG_KEY + " Nothing was written.");
        }
    }
}
