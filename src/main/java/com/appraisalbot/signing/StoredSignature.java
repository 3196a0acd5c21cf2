package com.appraisalbot.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code record_signature}; never updated once inserted. */
@Entity
@Table(name = "record_signature")
public class StoredSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private StoredVersion version;

    @Column(name = "signer_team_id")
    private String signerTeamId;

    @Column(name = "signer_user_id")
    private String signerUserId;

    @Column(name = "role")
    private String role;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "content_sha256")
    private String contentSha256;

    protected StoredSignature() {}

    StoredSignature(StoredVersion version, Signer signer, Instant signedAt) {
        this.version = version;
        this.signerTeamId = signer.teamId();
        this.signerUserId = signer.userId();
        this.role = signer.role();
        this.signedAt = signedAt;
        this.contentSha256 = version.contentSha256();
    }

    long id() {
        return id;
    }

    StoredVersion version() {
        return version;
    }

    String contentSha256() {
        return contentSha256;
    }

    Signature toSignature() {
        Signer signer = new Signer(signerTeamId, signerUserId, role);
        return new Signature(id, version.id(), signer, signedAt, contentSha256);
    }

    /** Who signed in which role, e.g. {@code U42 (team T123) as APPRAISER}. */
    String signerDescription() {
        return signerUserId + " (team " + signerTeamId + ") as " + role;
    }

    /** Every column as one text, hashed into the signature's ledger entry. */
    String ledgerPayload() {
        return String.join(
                "\n",
                "signature",
                Long.toString(version.id()),
                signerTeamId,
                signerUserId,
                role,
                signedAt.toString(),
                contentSha256);
    }
}
