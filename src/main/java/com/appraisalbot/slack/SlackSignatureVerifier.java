package com.appraisalbot.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a request came from Slack: the {@code v0} HMAC-SHA256 signature of
 * {@code v0:timestamp:body} with the signing secret.
 *
 * <p>Stricter than Bolt's own check, which we switch off: a timestamp more than five minutes away
 * in either direction is refused (a future one too, so a captured request cannot be replayed
 * later), and signatures are compared in constant time.
 */
public final class SlackSignatureVerifier {

    /** How far a request's timestamp may be from our clock, as Slack recommends. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final String VERSION = "v0";

    private final byte[] signingSecret;
    private final Clock clock;

    public SlackSignatureVerifier(String signingSecret, Clock clock) {
        this.signingSecret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** Why a request was refused; {@link #VALID} when it was not. */
    public enum Outcome {
        VALID,
        MISSING_HEADERS,
        MALFORMED_TIMESTAMP,
        STALE_TIMESTAMP,
        BAD_SIGNATURE
    }

    public Outcome verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return Outcome.MISSING_HEADERS;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Outcome.MALFORMED_TIMESTAMP;
        }
        // Anyone can send any number here; one beyond what an Instant holds is simply far from now.
        if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
            return Outcome.STALE_TIMESTAMP;
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant())
                .abs();
        if (skew.compareTo(TOLERANCE) > 0) {
            return Outcome.STALE_TIMESTAMP;
        }
        byte[] expected = sign(timestamp.trim(), body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Outcome.VALID : Outcome.BAD_SIGNATURE;
    }

    private String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret, "HmacSHA256"));
            mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
        }
    }
}
