package com.appraisalbot.signing;

import static com.appraisalbot.signing.SigningFixtures.APPRAISER;
import static com.appraisalbot.signing.SigningFixtures.CASE_MANAGER;
import static com.appraisalbot.signing.SigningFixtures.SLT_MEMBER;
import static com.appraisalbot.signing.SigningFixtures.count;
import static com.appraisalbot.signing.SigningFixtures.execute;
import static com.appraisalbot.signing.SigningFixtures.newObjectivesKey;
import static com.appraisalbot.signing.SigningFixtures.objectives;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appraisalbot.persistence.Transactions;
import com.appraisalbot.signing.VerificationFailure.Problem;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.TestApp;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verifier against records changed behind the app's back, with SQL, as an intruder would. */
class RecordVerifierTest {

    private static FakeSlackApi slackApi;
    private static TestApp app;
    private static SignedRecords records;
    private static RecordVerifier verifier;

    private RecordKey key;
    private RecordVersion signedVersion;
    private Signature appraisersSignature;

    @BeforeAll
    static void start() {
        slackApi = FakeSlackApi.start();
        app = TestApp.start(slackApi);
        records = app.bean(SignedRecords.class);
        verifier = app.bean(RecordVerifier.class);
    }

    @AfterAll
    static void stop() {
        app.close();
        slackApi.close();
    }

    /** Every test starts from an empty ledger and one record: a superseded version, then a signed one. */
    @BeforeEach
    void oneSignedRecord() {
        emptyTheLedger();
        key = newObjectivesKey();
        RecordVersion draft = records.append(key, objectives("Reading age +1"), CASE_MANAGER);
        records.sign(draft.id(), CASE_MANAGER);
        signedVersion = records.append(key, objectives("Reading age +2"), CASE_MANAGER);
        appraisersSignature =
                records.sign(signedVersion.id(), APPRAISER).signature().orElseThrow();
    }

    @Test
    void untouchedRecordsVerify() {
        VerificationReport report = verifier.verifyAll();

        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.versionsChecked()).isEqualTo(2);
        assertThat(report.signaturesChecked()).isEqualTo(2);
        assertThat(report.ledgerEntriesChecked()).isEqualTo(4);
        assertThat(report.chainHead()).hasSize(64).isNotEqualTo(LedgerHead.GENESIS_HASH);
    }

    @Test
    void contentChangedWithSqlIsCaughtAndTheRecordNamed() {
        execute(
                app.jdbcUrl(),
                "update record_version set content = ? where id = ?",
                "{\"objectives\":[]}",
                signedVersion.id());

        VerificationReport report = verifier.verifyAll();

        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).anySatisfy(failure -> {
            assertThat(failure.problem()).isEqualTo(Problem.CONTENT_CHANGED);
            assertThat(failure.record()).contains(key);
            assertThat(failure.versionNumber()).isEqualTo(2);
            assertThat(failure.describe()).startsWith(key + ", version 2: content changed");
        });
        assertThat(report.failures())
                .anySatisfy(failure -> assertThat(failure.problem()).isEqualTo(Problem.SIGNATURE_MISMATCH));
    }

    @Test
    void contentChangedTogetherWithItsHashIsCaughtByTheLedger() {
        String forged = "{\"objectives\":[]}";
        execute(
                app.jdbcUrl(),
                "update record_version set content = ?, content_sha256 = ? where id = ?",
                forged,
                Digests.sha256(forged),
                signedVersion.id());

        VerificationReport report = verifier.verifyAll();

        assertThat(report.failures()).extracting(VerificationFailure::problem).doesNotContain(Problem.CONTENT_CHANGED);
        assertThat(report.failures()).anySatisfy(failure -> {
            assertThat(failure.problem()).isEqualTo(Problem.ROW_CHANGED);
            assertThat(failure.record()).contains(key);
            assertThat(failure.versionNumber()).isEqualTo(2);
        });
    }

    @Test
    void deletedSignatureIsCaughtAndTheRecordNamed() {
        execute(app.jdbcUrl(), "delete from record_signature where id = ?", appraisersSignature.id());

        VerificationReport report = verifier.verifyAll();

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.problem()).isEqualTo(Problem.ROW_DELETED);
            assertThat(failure.record()).contains(key);
            assertThat(failure.versionNumber()).isEqualTo(2);
            assertThat(failure.detail()).contains("signature row " + appraisersSignature.id());
        });
    }

    @Test
    void signatureInsertedWithSqlIsCaughtAndTheRecordNamed() {
        execute(
                app.jdbcUrl(),
                "insert into record_signature (version_id, signer_team_id, signer_user_id, role,"
                        + " signed_at, content_sha256) values (?, 'T123', 'U3SLT', 'SLT_MEMBER', now(6), ?)",
                signedVersion.id(),
                signedVersion.contentSha256());

        VerificationReport report = verifier.verifyAll();

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.problem()).isEqualTo(Problem.NOT_IN_LEDGER);
            assertThat(failure.record()).contains(key);
            assertThat(failure.versionNumber()).isEqualTo(2);
            assertThat(failure.detail()).contains("U3SLT").contains(SLT_MEMBER.role());
        });
    }

    @Test
    void recordMovedToAnotherPersonIsCaughtByTheLedger() {
        execute(
                app.jdbcUrl(),
                "update signed_record set subject_key = 'person:1/cycle:2026' where subject_key = ?",
                key.subjectKey());

        VerificationReport report = verifier.verifyAll();

        assertThat(report.failures()).extracting(VerificationFailure::problem).contains(Problem.ROW_CHANGED);
    }

    @Test
    void editedLedgerEntryBreaksTheChain() {
        execute(
                app.jdbcUrl(),
                "update record_ledger set recorded_at = recorded_at - interval 1 day" + " where sequence_number = 2");

        VerificationReport report = verifier.verifyAll();

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.problem()).isEqualTo(Problem.LEDGER_BROKEN);
            assertThat(failure.record()).contains(key);
            assertThat(failure.detail()).contains("ledger entry 2 was edited");
        });
    }

    @Test
    void ledgerEntryDeletedFromTheMiddleIsCaught() {
        execute(app.jdbcUrl(), "delete from record_ledger where sequence_number = 2");

        VerificationReport report = verifier.verifyAll();

        assertThat(report.failures())
                .extracting(VerificationFailure::problem)
                .containsExactlyInAnyOrder(Problem.LEDGER_BROKEN, Problem.NOT_IN_LEDGER);
    }

    @Test
    void newestLedgerEntryCutOffTheEndIsCaught() {
        execute(app.jdbcUrl(), "delete from record_ledger where sequence_number = 4");

        VerificationReport report = verifier.verifyAll();

        assertThat(report.failures()).anySatisfy(failure -> {
            assertThat(failure.problem()).isEqualTo(Problem.LEDGER_BROKEN);
            assertThat(failure.record()).isEmpty();
            assertThat(failure.describe()).contains("the newest entry is 3");
        });
        assertThat(report.failures()).extracting(VerificationFailure::problem).contains(Problem.NOT_IN_LEDGER);
    }

    @Test
    void aDifferentRecordsKeyIsReportedAsSuchAndWritesNothing() {
        RecordsKey otherKey = new RecordsKey("another-records-key-0123456789abcdef0123");
        Transactions transactions = app.bean(Transactions.class);
        SignedRecords withOtherKey = new SignedRecords(transactions, new Ledger(otherKey, Clock.systemUTC()));

        VerificationReport report = new RecordVerifier(transactions, otherKey).verifyAll();

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.problem()).isEqualTo(Problem.WRONG_RECORDS_KEY);
            assertThat(failure.record()).isEqualTo(Optional.empty());
        });
        assertThatThrownBy(() -> withOtherKey.sign(signedVersion.id(), SLT_MEMBER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RECORDS_KEY");
        assertThat(count(app.jdbcUrl(), "select count(*) from record_signature"))
                .isEqualTo(2);
    }

    private static void emptyTheLedger() {
        execute(app.jdbcUrl(), "delete from record_ledger");
        execute(app.jdbcUrl(), "delete from record_signature");
        execute(app.jdbcUrl(), "delete from record_version");
        execute(app.jdbcUrl(), "delete from signed_record");
        execute(
                app.jdbcUrl(),
                "update record_ledger_head set sequence_number = 0, entry_hash = ?, key_check = null",
                LedgerHead.GENESIS_HASH);
    }
}
