package com.appraisalbot.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row of {@code record_ledger_head}: the newest entry's number and hash. */
@Entity
@Table(name = "record_ledger_head")
public class LedgerHead {

    static final byte ID = 1;
    static final String GENESIS_HASH = "0".repeat(64);

    @Id
    private byte id;

    @Column(name = "sequence_number")
    private long sequenceNumber;

    @Column(name = "entry_hash")
    private String entryHash;

    @Column(name = "key_check")
    private String keyCheck;

    protected LedgerHead() {}

    long sequenceNumber() {
        return sequenceNumber;
    }

    String entryHash() {
        return entryHash;
    }

    String keyCheck() {
        return keyCheck;
    }

    void setKeyCheck(String keyCheck) {
        this.keyCheck = keyCheck;
    }

    void advanceTo(LedgerEntry entry) {
        this.sequenceNumber = entry.sequenceNumber();
        this.entryHash = entry.entryHash();
    }
}
