package com.appraisalbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackSignerTest {
    // Values from Slack's "Verifying requests from Slack" step-by-step example.
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
            + "&command=%2Fwebhook-collect&text="
            + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554"
            + "%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private static final String EXPECTED = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private final SlackSigner signer = new SlackSigner(SECRET);

    @Test
    void signsSlackDocumentedExampleWithTheDocumentedSignature() {
        String signature = signer.sign(TIMESTAMP, BODY);

        assertThat(signature).isEqualTo(EXPECTED);
    }

    @Test
    void tamperedBodyChangesTheSignature() {
        String signature = signer.sign(TIMESTAMP, BODY.replace("text=", "text=x"));

        assertThat(signature).isNotEqualTo(EXPECTED).startsWith("v0=");
    }

    @Test
    void differentTimestampChangesTheSignature() {
        String signature = signer.sign(Long.parseLong(TIMESTAMP) + 1, BODY);

        assertThat(signature).isNotEqualTo(EXPECTED);
    }

    @Test
    void differentSecretChangesTheSignature() {
        String signature = new SlackSigner("another-secret").sign(TIMESTAMP, BODY);

        assertThat(signature).isNotEqualTo(EXPECTED);
    }
}
