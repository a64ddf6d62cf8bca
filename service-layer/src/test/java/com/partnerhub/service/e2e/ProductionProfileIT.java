package com.partnerhub.service.e2e;

import static com.partnerhub.service.e2e.EmbeddedDefaultIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.partnerhub.service.testing.PortalTokens;
import com.partnerhub.service.testing.TestDatabase;

/**
 * Production shape on the real Payara Micro: PostgreSQL, an operator-configured issuer and key, no demo
 * issuer, no demo clock. Tokens that are forged, unsigned, foreign or expired are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductionProfileIT {

    static final String ISSUER = "https://portal.hoster.example";
    static RsaJsonWebKey portalKey;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        portalKey = RsaJwkGenerator.generateJwk(2048);
        portalKey.setKeyId("portal-1");
        return ServiceDeployment.withConfig(Map.of(
                "partnerhub.db.url", TestDatabase.POSTGRESQL.newDatabaseUrl(),
                "partnerhub.db.user", "postgres",
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.publickey", portalKey.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY),
                "partnerhub.billing.webhook-secret", "production-billing-secret"));
    }

    private Http http() {
        return new Http(base);
    }

    @Test
    void theDemoIssuerAndClockDoNotExist() {
        assertProblem(http().post("api/demo/tokens", "{\"email\":\"anna@agentur-beispiel.example\"}"), 404, "NOT_FOUND");
        assertProblem(http().get("api/demo/users"), 404, "NOT_FOUND");
        assertProblem(http().get("api/demo/clock"), 404, "NOT_FOUND");
        assertProblem(http().post("api/demo/clock", "{\"advanceBy\":\"P8D\"}"), 404, "NOT_FOUND");
        assertThat(http().getFromServerRoot("/health/ready").body()).contains("PostgreSQL");
        Http.Reply openapi = http().getFromServerRoot("/openapi");
        assertThat(openapi.body()).contains("/api/v1/orders").doesNotContain("/api/demo");
    }

    @Test
    void aPortalTokenIsAcceptedAndItsBearerProvisioned() {
        String token = sign(portalKey, AlgorithmIdentifiers.RSA_USING_SHA256, claims(c -> {
            c.setSubject("liferay-40123");
            c.setClaim("email", "Petra.Neu@Hoster.example");
            c.setStringListClaim("groups", List.of("PROVIDER_STAFF", "Site Member"));
        }));
        Http.Reply me = http().get("api/v1/me", "Authorization", "Bearer " + token);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("email")).isEqualTo("petra.neu@hoster.example");
        assertThat(me.json().getString("subject")).isEqualTo("liferay-40123");
        assertThat(me.json().getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("PROVIDER_STAFF");
        long id = me.json().getJsonNumber("id").longValue();

        Http.Reply again = http().get("api/v1/me", "Authorization", "Bearer " + token);
        assertThat(again.json().getJsonNumber("id").longValue()).as("the same person, the same user").isEqualTo(id);

        // groups is optional: a token without it is a person without platform roles, not a failure
        String noGroups = sign(portalKey, AlgorithmIdentifiers.RSA_USING_SHA256, claims(c -> c.unsetClaim("groups")));
        Http.Reply plain = http().get("api/v1/me", "Authorization", "Bearer " + noGroups);
        assertThat(plain.status()).as(plain.toString()).isEqualTo(200);
        assertThat(plain.json().getJsonArray("roles")).isEmpty();
    }

    /** Races on unique keys at commit: a person's first requests all at once, one invitation accepted many times at once. */
    @Test
    void concurrentFirstRequestsAndConcurrentAcceptsAreAnsweredNever500() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            String newcomer = sign(portalKey, AlgorithmIdentifiers.RSA_USING_SHA256, claims(c -> {
                c.setSubject("liferay-new-" + System.nanoTime());
                c.setClaim("email", "neu-" + System.nanoTime() + "@kunde.example");
            }));
            List<java.util.concurrent.Future<Http.Reply>> first = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                first.add(pool.submit(() -> http().get("api/v1/me", "Authorization", "Bearer " + newcomer)));
            }
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (var reply : first) {
                assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(200);
                ids.add(reply.get().json().getJsonNumber("id").longValue());
            }
            assertThat(ids).as("one person, one user").hasSize(1);

            String owner = sign(portalKey, AlgorithmIdentifiers.RSA_USING_SHA256, claims(c -> {
                c.setSubject("liferay-owner-" + System.nanoTime());
                c.setClaim("email", "owner-" + System.nanoTime() + "@kunde.example");
            }));
            String inviteeEmail = "kollege-" + System.nanoTime() + "@kunde.example";
            String invitee = sign(portalKey, AlgorithmIdentifiers.RSA_USING_SHA256, claims(c -> {
                c.setSubject("liferay-invitee-" + System.nanoTime());
                c.setClaim("email", inviteeEmail);
            }));
            long account = http().post("api/v1/accounts", "{\"name\":\"Laden\"}", "Authorization", "Bearer " + owner)
                    .json().getJsonNumber("id").longValue();
            String token = http().post("api/v1/accounts/" + account + "/invitations", "{\"email\":\"" + inviteeEmail
                    + "\",\"permissions\":[\"VIEW_INVOICES\"]}", "Authorization", "Bearer " + owner).json().getString("token");
            http().get("api/v1/me", "Authorization", "Bearer " + invitee);
            List<java.util.concurrent.Future<Http.Reply>> accepts = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                accepts.add(pool.submit(() -> http().post("api/v1/invitations/accept", "{\"token\":\"" + token + "\"}",
                        "Authorization", "Bearer " + invitee)));
            }
            int accepted = 0;
            for (var reply : accepts) {
                Http.Reply r = reply.get();
                if (r.status() == 200) {
                    accepted++;
                } else {
                    assertThat(r.status()).as(r.toString()).isEqualTo(409);
                    assertThat(r.json().getString("code")).isIn("INVITATION_NOT_PENDING", "CONCURRENT_MODIFICATION", "ALREADY_MEMBER");
                }
            }
            assertThat(accepted).as("exactly one accept wins").isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void forgedUnsignedForeignAndExpiredTokensAreRefused() throws Exception {
        RsaJsonWebKey otherKey = RsaJwkGenerator.generateJwk(2048);
        String forged = sign(otherKey, AlgorithmIdentifiers.RSA_USING_SHA256, claims(c -> { }));
        String foreign = sign(portalKey, AlgorithmIdentifiers.RSA_USING_SHA256, claims(c -> c.setIssuer("https://evil.example")));
        String expired = sign(portalKey, AlgorithmIdentifiers.RSA_USING_SHA256, claims(c -> {
            c.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 7200));
            c.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
        }));
        String unsigned = unsigned(claims(c -> { }));
        String noEmail = sign(portalKey, AlgorithmIdentifiers.RSA_USING_SHA256, claims(c -> {
            c.unsetClaim("email");
            c.unsetClaim("upn");
        }));

        String otherAudience = sign(portalKey, AlgorithmIdentifiers.RSA_USING_SHA256, claims(c -> c.setAudience("another-service")));
        String noAudience = sign(portalKey, AlgorithmIdentifiers.RSA_USING_SHA256, claims(c -> c.unsetClaim("aud")));
        String notYetValid = sign(portalKey, AlgorithmIdentifiers.RSA_USING_SHA256, claims(c ->
                c.setNotBefore(NumericDate.fromSeconds(NumericDate.now().getValue() + 600))));

        for (String token : List.of(forged, foreign, expired, unsigned, noEmail, otherAudience, noAudience, notYetValid,
                "not.a.jwt", "")) {
            Http.Reply r = http().get("api/v1/me", "Authorization", "Bearer " + token);
            assertProblem(r, 401, "UNAUTHENTICATED");
        }
        String valid = sign(portalKey, AlgorithmIdentifiers.RSA_USING_SHA256, claims(c -> { }));
        assertThat(http().get("api/v1/me", "Authorization", "Bearer " + valid).status()).as("the control case").isEqualTo(200);
    }

    private static JwtClaims claims(Consumer<JwtClaims> adjust) {
        return PortalTokens.claims("liferay-777", "kai@agentur-zwei.example", List.of(), c -> {
            c.setIssuer(ISSUER);
            adjust.accept(c);
        });
    }

    private static String sign(RsaJsonWebKey key, String alg, JwtClaims claims) {
        return PortalTokens.sign(key, claims);
    }

    private static String unsigned(JwtClaims claims) {
        return PortalTokens.unsigned(claims);
    }
}
