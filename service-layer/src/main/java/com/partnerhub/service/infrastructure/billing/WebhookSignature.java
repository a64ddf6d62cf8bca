package com.partnerhub.service.infrastructure.billing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import com.partnerhub.service.infrastructure.config.Profile;

/**
 * Checks the billing system's signature: HMAC-SHA256 with the shared secret ({@code partnerhub.billing.webhook-secret})
 * over {@code <timestamp>.<raw body>}, where the timestamp (Unix seconds, header {@code X-Partnerhub-Timestamp}) must
 * lie within {@code partnerhub.billing.signature-tolerance} (default five minutes) of the real time, so a captured
 * callback cannot be replayed later. The embedded default has a documented demo secret.
 */
@ApplicationScoped
public class WebhookSignature {

    public static final String SECRET = "partnerhub.billing.webhook-secret";
    public static final String TOLERANCE = "partnerhub.billing.signature-tolerance";
    public static final String DEMO_SECRET = "demo-billing-secret";
    private static final String PREFIX = "sha256=";

    /** What a check found. */
    public enum Verdict { VALID, INVALID, STALE }

    @Inject
    Config config;

    // replay protection is about real time; the embedded default's movable demo clock must not widen it
    private final Clock wallClock = Clock.systemUTC();

    /** Whether {@code header} ({@code sha256=<hex>}) signs {@code timestamp.body}; compared in constant time. */
    public Verdict verify(byte[] body, String timestamp, String header) {
        Optional<String> secret = secret();
        if (secret.isEmpty() || header == null || !header.startsWith(PREFIX) || timestamp == null
                || !timestamp.trim().matches("[0-9]{1,12}")) {
            return Verdict.INVALID;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException e) {
            return Verdict.INVALID;
        }
        // what was signed is the header's text, exactly as sent (leading zeros included)
        String signedTimestamp = timestamp.trim();
        if (!MessageDigest.isEqual(sign(secret.get(), signedTimestamp, body), given)) {
            return Verdict.INVALID;
        }
        long seconds = Long.parseLong(signedTimestamp);
        Duration tolerance = config.getOptionalValue(TOLERANCE, Duration.class).orElse(Duration.ofMinutes(5));
        long skew = Math.abs(wallClock.instant().getEpochSecond() - seconds);
        return skew > tolerance.toSeconds() ? Verdict.STALE : Verdict.VALID;
    }

    private Optional<String> secret() {
        Optional<String> configured = config.getOptionalValue(SECRET, String.class).filter(s -> !s.isBlank());
        return configured.isPresent() || !Profile.current(config).isEmbedded() ? configured : Optional.of(DEMO_SECRET);
    }

    public static byte[] sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** The signature header a sender puts on a body sent at {@code timestamp} (Unix seconds). */
    public static String header(String secret, long timestamp, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(sign(secret, String.valueOf(timestamp), body));
    }
}
