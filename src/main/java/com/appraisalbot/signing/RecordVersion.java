package com.appraisalbot.signing;

import java.time.Instant;

/**
 * One immutable version of a signed record, as it was written.
 *
 * @param id the version's own ID, which {@link SignedRecords#sign} takes
 * @param number 1 for the first version of the record, then 2, 3...
 * @param content the canonical JSON text (object keys sorted), exactly as stored and hashed
 * @param contentSha256 the SHA-256 of {@code content} in UTF-8, as 64 lower-case hex digits
 */
public record RecordVersion(
        long id,
        RecordKey key,
        int number,
        String content,
        String contentSha256,
        Signer createdBy,
        Instant createdAt) {}
