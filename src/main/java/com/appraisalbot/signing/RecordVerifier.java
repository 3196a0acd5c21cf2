package com.appraisalbot.signing;

import com.appraisalbot.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Checks every signed record against the ledger: that no version's content, no signature and no
 * ledger entry was changed, inserted or deleted other than by the app. Anyone may run it; it only
 * reads.
 */
@ApplicationScoped
public class RecordVerifier {

    static final String WRONG_KEY = "The records key (RECORDS_KEY, or records.key in DATA_DIR) is not the key these"
            + " records were written with. Set RECORDS_KEY to the original key on every instance, or restore"
            + " DATA_DIR/records.key from a backup.";

    private final Transactions transactions;
    private final RecordsKey recordsKey;

    @Inject
    public RecordVerifier(Transactions transactions, RecordsKey recordsKey) {
        this.transactions = transactions;
        this.recordsKey = recordsKey;
    }

    /**
     * Walks the whole ledger and every version and signature, in one consistent snapshot of the
     * database, and reports every fault found, each naming its record and version.
     */
    public VerificationReport verifyAll() {
        return transactions.inTransaction(session -> {
            session.setDefaultReadOnly(true);
            LedgerHead head = session.find(LedgerHead.class, LedgerHead.ID);
            List<LedgerEntry> entries = session.createSelectionQuery(
                            "from LedgerEntry order by sequenceNumber", LedgerEntry.class)
                    .getResultList();
            List<StoredVersion> versions = session.createSelectionQuery(
                            "from StoredVersion v join fetch v.record order by v.id", StoredVersion.class)
                    .getResultList();
            List<StoredSignature> signatures = session.createSelectionQuery(
                            "from StoredSignature s join fetch s.version v join fetch v.record order by s.id",
                            StoredSignature.class)
                    .getResultList();
            return new Verification(recordsKey, head, entries, versions, signatures).run();
        });
    }
}
