package com.appraisalbot.slack;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses, with 401 and before anything else runs, every request to the Slack endpoint whose
 * signature does not verify. The body is read once here and replayed to Bolt.
 */
public final class SlackSignatureFilter extends HttpFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SlackSignatureFilter.class);

    /** Slack's bodies are small; anything larger is not from Slack and is not read into memory. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final SlackSignatureVerifier verifier;

    public SlackSignatureFilter(SlackSignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        SlackSignatureVerifier.Outcome outcome = verifier.verify(
                request.getHeader("X-Slack-Request-Timestamp"), request.getHeader("X-Slack-Signature"), body);
        if (outcome != SlackSignatureVerifier.Outcome.VALID) {
            LOG.warn(
                    "Refused a request to {} from {}: {}. If this is Slack, check SLACK_SIGNING_SECRET matches"
                            + " the app's Signing Secret and the server clock is right.",
                    request.getRequestURI(),
                    request.getRemoteAddr(),
                    outcome);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write("Invalid request signature");
            return;
        }
        chain.doFilter(new VerifiedRequest(request, body), response);
    }

    /** The original request with its already-read body available again. */
    private static final class VerifiedRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        VerifiedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The verified body is already in memory");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
