package com.appraisalbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.slack.SlackSignatureVerifier.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Slack's documented example (docs.slack.dev, "Verifying requests from Slack"). */
class SlackSignatureVerifierTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static final byte[] BODY = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
                    + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
                    + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands"
                    + "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                    + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")
            .getBytes(StandardCharsets.UTF_8);

    private static SlackSignatureVerifier verifierAt(long epochSecond) {
        return new SlackSignatureVerifier(SECRET, Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void acceptsSlacksDocumentedExample() {
        Outcome outcome = verifierAt(1531420618L).verify(TIMESTAMP, SIGNATURE, BODY);

        assertThat(outcome).isEqualTo(Outcome.VALID);
    }

    @Test
    void refusesATamperedBody() {
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8)
                .replace("text=", "text=approve")
                .getBytes(StandardCharsets.UTF_8);

        Outcome outcome = verifierAt(1531420618L).verify(TIMESTAMP, SIGNATURE, tampered);

        assertThat(outcome).isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void refusesATimestampMoreThanFiveMinutesOld() {
        Outcome outcome = verifierAt(1531420618L + 301).verify(TIMESTAMP, SIGNATURE, BODY);

        assertThat(outcome).isEqualTo(Outcome.STALE_TIMESTAMP);
    }

    @Test
    void refusesATimestampMoreThanFiveMinutesInTheFuture() {
        Outcome outcome = verifierAt(1531420618L - 301).verify(TIMESTAMP, SIGNATURE, BODY);

        assertThat(outcome).isEqualTo(Outcome.STALE_TIMESTAMP);
    }

    @Test
    void acceptsATimestampJustInsideTheWindow() {
        Outcome outcome = verifierAt(1531420618L - 300).verify(TIMESTAMP, SIGNATURE, BODY);

        assertThat(outcome).isEqualTo(Outcome.VALID);
    }

    @Test
    void refusesMissingHeadersAndGarbledTimestamps() {
        SlackSignatureVerifier verifier = verifierAt(1531420618L);

        assertThat(verifier.verify(null, SIGNATURE, BODY)).isEqualTo(Outcome.MISSING_HEADERS);
        assertThat(verifier.verify(TIMESTAMP, null, BODY)).isEqualTo(Outcome.MISSING_HEADERS);
        assertThat(verifier.verify("yesterday", SIGNATURE, BODY)).isEqualTo(Outcome.MALFORMED_TIMESTAMP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "-9223372036854775808", "31556889864403200", "-31557014167219201"})
    void refusesATimestampBeyondWhatAnInstantHoldsAsStaleRatherThanThrowingDateTimeException(String timestamp) {
        Outcome outcome = verifierAt(1531420618L).verify(timestamp, SIGNATURE, BODY);

        assertThat(outcome).isEqualTo(Outcome.STALE_TIMESTAMP);
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        SlackSignatureVerifier other = new SlackSignatureVerifier(
                "another-secret", Clock.fixed(Instant.ofEpochSecond(1531420618L), ZoneOffset.UTC));

        assertThat(other.verify(TIMESTAMP, SIGNATURE, BODY)).isEqualTo(Outcome.BAD_SIGNATURE);
    }
}
