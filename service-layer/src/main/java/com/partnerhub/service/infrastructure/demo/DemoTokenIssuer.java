package com.partnerhub.service.infrastructure.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.infrastructure.config.Profile;
import com.partnerhub.service.infrastructure.config.ServiceDefaultsConfigSource;

/**
 * Mints tokens for the demo users, shaped like the ones the portal's portlets mint: {@code sub}, {@code upn},
 * {@code email}, {@code name}, {@code locale} and the platform roles in {@code groups}.
 */
@ApplicationScoped
public class DemoTokenIssuer {

    @Inject
    @ConfigProperty(name = Profile.KEY, defaultValue = "production")
    String profile;

    @Inject
    @ConfigProperty(name = "partnerhub.demo.token-lifetime", defaultValue = "PT8H")
    Duration lifetime;

    public boolean enabled() {
        return Profile.of(java.util.Optional.ofNullable(profile)).isEmbedded();
    }

    public Duration lifetime() {
        return lifetime;
    }

    public String mint(User user) {
        if (!enabled()) {
            throw new IllegalStateException("the demo issuer exists only in the embedded default");
        }
        // Token times follow the real clock: MicroProfile JWT checks them against the real clock, not the
        // demo clock that may have been moved forward.
        long now = Clock.systemUTC().instant().getEpochSecond();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(DemoSigningKey.ISSUER);
        claims.setSubject(user.subject());
        claims.setClaim("upn", user.email());
        claims.setClaim("email", user.email());
        claims.setClaim("name", user.displayName());
        if (user.locale() != null) {
            claims.setClaim("locale", user.locale());
        }
        claims.setStringListClaim("groups", user.roles().stream().map(Enum::name).toList());
        claims.setIssuedAt(NumericDate.fromSeconds(now));
        claims.setExpirationTime(NumericDate.fromSeconds(now + lifetime.toSeconds()));
        claims.setGeneratedJwtId();
        claims.setAudience(List.of(ServiceDefaultsConfigSource.DEFAULT_AUDIENCE));

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(DemoSigningKey.key().getPrivateKey());
        jws.setKeyIdHeaderValue(DemoSigningKey.key().getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a demo token", e);
        }
    }
}
