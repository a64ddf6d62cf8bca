package com.partnerhub.service.infrastructure.billing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import com.partnerhub.service.infrastructure.config.Profile;

/**
 * Checks the billing system's HMAC-SHA256 signature over the raw request body with the shared secret
 * ({@code partnerhub.billing.webhook-secret}). The embedded default has a documented demo secret.
 */
@ApplicationScoped
public class WebhookSignature {

    public static final String SECRET = "partnerhub.billing.webhook-secret";
    public static final String DEMO_SECRET = "demo-billing-secret";
    private static final String PREFIX = "sha256=";

    @Inject
    Config config;

    /** Whether {@code header} ({@code sha256=<hex>}) is the signature of {@code body}; compared in constant time. */
    public boolean verifies(byte[] body, String header) {
        Optional<String> secret = secret();
        if (secret.isEmpty() || header == null || !header.startsWith(PREFIX)) {
            return false;
        }
        byte[] expected = sign(secret.get(), body);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    private Optional<String> secret() {
        Optional<String> configured = config.getOptionalValue(SECRET, String.class).filter(s -> !s.isBlank());
        return configured.isPresent() || !Profile.current(config).isEmbedded() ? configured : Optional.of(DEMO_SECRET);
    }

    public static byte[] sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** The header value a sender puts on a body. */
    public static String header(String secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(sign(secret, body));
    }
}
