package com.partnerhub.service.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/** A stand-in for the portal's token issuer in production-profile tests: its key pair, and tokens as the connector mints them. */
final class PortalTokens {

    static final String ISSUER = "https://portal.hoster.example";
    static final String AUDIENCE = "partner-hub";

    final RsaJsonWebKey key;

    PortalTokens() {
        try {
            key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("portal-1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as the PEM file an operator installs. */
    String publicPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** The claims the connector puts into a token, adjustable per test. */
    static JwtClaims claims(String subject, String email, List<String> groups, Consumer<JwtClaims> adjust) {
        JwtClaims c = new JwtClaims();
        c.setIssuer(ISSUER);
        c.setAudience(AUDIENCE);
        c.setSubject(subject);
        c.setClaim("upn", email);
        c.setClaim("email", email);
        c.setClaim("name", email.substring(0, email.indexOf('@')));
        c.setStringListClaim("groups", groups);
        c.setIssuedAtToNow();
        c.setExpirationTimeMinutesInTheFuture(60);
        c.setGeneratedJwtId();
        adjust.accept(c);
        return c;
    }

    String token(String subject, String email, List<String> groups) {
        return sign(key, claims(subject, email, groups, c -> { }));
    }

    String[] as(String subject, String email, List<String> groups) {
        return new String[] {"Authorization", "Bearer " + token(subject, email, groups), "Accept-Language", "en"};
    }

    static String sign(RsaJsonWebKey key, JwtClaims claims) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key.getPrivateKey());
            jws.setKeyIdHeaderValue(key.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}: a token anyone could write. */
    static String unsigned(JwtClaims claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
