package com.appraisalbot.signing;

import static com.appraisalbot.signing.SigningFixtures.APPRAISER;
import static com.appraisalbot.signing.SigningFixtures.CASE_MANAGER;
import static com.appraisalbot.signing.SigningFixtures.SLT_MEMBER;
import static com.appraisalbot.signing.SigningFixtures.count;
import static com.appraisalbot.signing.SigningFixtures.newObjectivesKey;
import static com.appraisalbot.signing.SigningFixtures.objectives;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appraisalbot.signing.SignOutcome.Status;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.TestApp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Appending and signing record versions, on the real database. */
class SignedRecordsTest {

    private static FakeSlackApi slackApi;
    private static TestApp app;
    private static SignedRecords records;

    @BeforeAll
    static void start() {
        slackApi = FakeSlackApi.start();
        app = TestApp.start(slackApi);
        records = app.bean(SignedRecords.class);
    }

    @AfterAll
    static void stop() {
        app.close();
        slackApi.close();
    }

    @Test
    void firstVersionIsNumberOneWithCanonicalContentAndItsHash() {
        RecordKey key = newObjectivesKey();

        RecordVersion version = records.append(key, "{\"b\": 2, \"a\": {\"z\": true, \"y\": null}}", CASE_MANAGER);

        assertThat(version.number()).isEqualTo(1);
        assertThat(version.key()).isEqualTo(key);
        assertThat(version.content()).isEqualTo("{\"a\":{\"y\":null,\"z\":true},\"b\":2}");
        assertThat(version.contentSha256()).isEqualTo(Digests.sha256(version.content()));
        assertThat(version.createdBy()).isEqualTo(CASE_MANAGER);
        assertThat(records.latest(key)).contains(version);
    }

    @Test
    void signingTheLatestVersionRecordsWhoInWhichRoleAndTheSignedContentsHash() {
        RecordVersion version = records.append(newObjectivesKey(), objectives("Reading age +1"), CASE_MANAGER);

        SignOutcome outcome = records.sign(version.id(), APPRAISER);

        assertThat(outcome.status()).isEqualTo(Status.SIGNED);
        Signature signature = outcome.signature().orElseThrow();
        assertThat(signature.signer()).isEqualTo(APPRAISER);
        assertThat(signature.versionId()).isEqualTo(version.id());
        assertThat(signature.contentSha256()).isEqualTo(version.contentSha256());
        assertThat(signature.signedAt()).isNotNull();
    }

    @Test
    void aNewVersionVoidsThePreviousVersionsSignaturesButKeepsThem() {
        RecordKey key = newObjectivesKey();
        RecordVersion first = records.append(key, objectives("Reading age +1"), CASE_MANAGER);
        Signature appraisers = records.sign(first.id(), APPRAISER).signature().orElseThrow();

        RecordVersion second = records.append(key, objectives("Reading age +2"), CASE_MANAGER);
        RecordHistory history = records.history(key);

        assertThat(second.number()).isEqualTo(2);
        assertThat(history.versions()).hasSize(2);
        assertThat(history.versions().get(0).superseded()).isTrue();
        assertThat(history.versions().get(0).signatures()).containsExactly(appraisers);
        assertThat(history.latest().orElseThrow().version()).isEqualTo(second);
        assertThat(history.latest().orElseThrow().signatures()).isEmpty();
        assertThat(history.latest().orElseThrow().superseded()).isFalse();
        assertThat(history.voidedSignatures()).containsExactly(appraisers);
    }

    @Test
    void signingAnOlderVersionIsRefusedAndChangesNothing() {
        RecordKey key = newObjectivesKey();
        RecordVersion first = records.append(key, objectives("Reading age +1"), CASE_MANAGER);
        records.append(key, objectives("Reading age +2"), CASE_MANAGER);

        SignOutcome outcome = records.sign(first.id(), APPRAISER);

        assertThat(outcome.status()).isEqualTo(Status.NOT_LATEST_VERSION);
        assertThat(outcome.signature()).isEmpty();
        assertThat(records.history(key).versions())
                .allMatch(entry -> entry.signatures().isEmpty());
    }

    @Test
    void signingTwiceInTheSameRoleRecordsOneSignatureAndReturnsIt() {
        RecordVersion version = records.append(newObjectivesKey(), objectives("Reading age +1"), CASE_MANAGER);
        Signature first = records.sign(version.id(), APPRAISER).signature().orElseThrow();

        SignOutcome again = records.sign(version.id(), APPRAISER);

        assertThat(again.status()).isEqualTo(Status.ALREADY_SIGNED);
        assertThat(again.signature()).contains(first);
        assertThat(signatureRows(version)).isEqualTo(1);
    }

    @Test
    void onePersonMaySignOneVersionOnceInEachRoleTheyHold() {
        RecordVersion version = records.append(newObjectivesKey(), objectives("Reading age +1"), CASE_MANAGER);
        Signer sameUserAsSlt = new Signer(APPRAISER.teamId(), APPRAISER.userId(), SLT_MEMBER.role());

        SignOutcome asAppraiser = records.sign(version.id(), APPRAISER);
        SignOutcome asSlt = records.sign(version.id(), sameUserAsSlt);

        assertThat(asAppraiser.status()).isEqualTo(Status.SIGNED);
        assertThat(asSlt.status()).isEqualTo(Status.SIGNED);
        assertThat(signatureRows(version)).isEqualTo(2);
    }

    @Test
    void fiftyIdenticalSignCallsAtOnceRecordOneSignature() throws Exception {
        RecordVersion version = records.append(newObjectivesKey(), objectives("Reading age +1"), CASE_MANAGER);

        List<SignOutcome> outcomes = allAtOnce(50, () -> records.sign(version.id(), APPRAISER));

        assertThat(outcomes).filteredOn(o -> o.status() == Status.SIGNED).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> o.status() == Status.ALREADY_SIGNED)
                .hasSize(49);
        assertThat(outcomes)
                .extracting(SignOutcome::signature)
                .containsOnly(outcomes.get(0).signature());
        assertThat(signatureRows(version)).isEqualTo(1);
    }

    @Test
    void appendsToOneRecordAtOnceGetConsecutiveVersionNumbers() throws Exception {
        RecordKey key = newObjectivesKey();

        List<RecordVersion> versions = allAtOnce(20, () -> records.append(key, objectives("Draft"), CASE_MANAGER));

        assertThat(versions).extracting(RecordVersion::number).containsExactlyInAnyOrderElementsOf(range(1, 20));
        assertThat(records.latest(key).orElseThrow().number()).isEqualTo(20);
    }

    @Test
    void signingAVersionThatDoesNotExistNamesIt() {
        assertThatThrownBy(() -> records.sign(999_999L, APPRAISER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999999");
    }

    @Test
    void aRecordNeverWrittenHasNoLatestVersionAndAnEmptyHistory() {
        RecordKey key = newObjectivesKey();

        assertThat(records.latest(key)).isEmpty();
        assertThat(records.history(key).versions()).isEmpty();
    }

    private static long signatureRows(RecordVersion version) {
        return count(app.jdbcUrl(), "select count(*) from record_signature where version_id = ?", version.id());
    }

    private static List<Integer> range(int first, int last) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    /** Runs the call on that many threads released together, and returns every result. */
    private static <T> List<T> allAtOnce(int threads, Callable<T> call) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(executor.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
