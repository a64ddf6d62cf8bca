package com.partnerhub.service.testing;

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
public final class PortalTokens {

    public static final String ISSUER = "https://portal.hoster.example";
    public static final String AUDIENCE = "partner-hub";

    public final RsaJsonWebKey key;

    public PortalTokens() {
        try {
            key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("portal-1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as the PEM file an operator installs. */
    public String publicPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** The claims the connector puts into a token, adjustable per test. */
    public static JwtClaims claims(String subject, String email, List<String> groups, Consumer<JwtClaims> adjust) {
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

    public String token(String subject, String email, List<String> groups) {
        return sign(key, claims(subject, email, groups, c -> { }));
    }

    public String[] as(String subject, String email, List<String> groups) {
        return new String[] {"Authorization", "Bearer " + token(subject, email, groups), "Accept-Language", "en"};
    }

    public static String sign(RsaJsonWebKey key, JwtClaims claims) {
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
    public static String unsigned(JwtClaims claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** The demo cast's agency member, provider staff and customer, as the portal would vouch for them. */
    public LifecycleLoad.Callers demoCast() {
        return new LifecycleLoad.Callers(as("demo-anna", "anna@agentur-beispiel.example", List.of()),
                as("demo-petra", "petra@hoster.example", List.of("PROVIDER_STAFF")),
                as("demo-clara", "clara@kunde-eins.example", List.of()));
    }
}
