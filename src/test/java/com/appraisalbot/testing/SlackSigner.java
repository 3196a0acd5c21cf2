package com.appraisalbot.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs request bodies the way Slack does, so tests can send requests the app's signature check accepts.
 *
 * <p>The basestring is {@code v0:{timestamp}:{raw body}}; the signature is its HMAC-SHA256 under the signing secret,
 * hex-encoded and prefixed with {@code v0=}.
 */
public final class SlackSigner {
    private static final String VERSION = "v0";

    private final String signingSecret;

    /** @param signingSecret the app's signing secret, as shown on the app's Basic Information page */
    public SlackSigner(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    /**
     * @param timestamp the value sent as {@code X-Slack-Request-Timestamp}, in seconds since the epoch
     * @param rawBody the exact bytes of the body as text; any re-encoding changes the signature
     * @return the value for the {@code X-Slack-Signature} header
     */
    public String sign(String timestamp, String rawBody) {
        String basestring = VERSION + ":" + timestamp + ":" + rawBody;
        return VERSION + "=" + HexFormat.of().formatHex(hmacSha256(basestring));
    }

    /** Signs with a timestamp given in seconds since the epoch. */
    public String sign(long epochSeconds, String rawBody) {
        return sign(Long.toString(epochSeconds), rawBody);
    }

    private byte[] hmacSha256(String basestring) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(basestring.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
