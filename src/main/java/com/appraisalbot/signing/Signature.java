package com.appraisalbot.signing;

import java.time.Instant;

/**
 * A signature on one version of a record.
 *
 * @param versionId the ID of the {@link RecordVersion} signed
 * @param contentSha256 the SHA-256 of the exact content that was signed
 */
public record Signature(long id, long versionId, Signer signer, Instant signedAt, String contentSha256) {}
