package com.partnerhub.portal.connector.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.partnerhub.portal.connector.configuration.PartnerHubConfiguration;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortalTokenFactoryTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private KeyPair _keyPair;
	private PartnerHubConfiguration _configuration;

	@BeforeEach
	void setUp() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		_keyPair = generator.generateKeyPair();

		_configuration = mock(PartnerHubConfiguration.class);
		when(_configuration.tokenIssuer()).thenReturn("https://portal.hoster.example");
		when(_configuration.tokenSigningKey()).thenReturn(_pem(_keyPair));
		when(_configuration.tokenLifetimeSeconds()).thenReturn(300);
		when(_configuration.adminRoleNames()).thenReturn(new String[] {"Administrator"});
		when(_configuration.providerStaffRoleNames()).thenReturn(new String[] {"Partner Hub Provider Staff"});
		when(_configuration.agencyRoleNames()).thenReturn(new String[] {"Partner Hub Agency"});
	}

	@Test
	void mintsATokenTheServiceCanVerify() throws Exception {
		PortalToken token = new PortalTokenFactory(Clock.fixed(NOW, ZoneOffset.UTC)).mint(
			_configuration,
			new PortalIdentity(
				40123, "petra@hoster.example", "Petra Provider", Locale.GERMANY,
				List.of("User", "partner hub provider staff")));

		JwtClaims claims = _consumer("https://portal.hoster.example").processToClaims(token.getToken());

		assertThat(claims.getSubject()).isEqualTo("liferay:40123");
		assertThat(claims.getStringClaimValue("email")).isEqualTo("petra@hoster.example");
		assertThat(claims.getStringClaimValue("upn")).isEqualTo("petra@hoster.example");
		assertThat(claims.getStringClaimValue("name")).isEqualTo("Petra Provider");
		assertThat(claims.getStringClaimValue("locale")).isEqualTo("de-DE");
		assertThat(claims.getStringListClaimValue("groups")).containsExactly("PROVIDER_STAFF");
		assertThat(claims.getExpirationTime().getValue()).isEqualTo(NOW.getEpochSecond() + 300);
		assertThat(token.getExpiresAtEpochSecond()).isEqualTo(NOW.getEpochSecond() + 300);
		assertThat(claims.getJwtId()).isNotBlank();
		assertThat(claims.getAudience()).containsExactly("partner-hub");
		assertThat(claims.getNotBefore().getValue()).isEqualTo(NOW.getEpochSecond());
	}

	@Test
	void aTokenOfAnotherIssuerOrKeyDoesNotVerify() throws Exception {
		String token = new PortalTokenFactory(Clock.fixed(NOW, ZoneOffset.UTC)).mint(
			_configuration, new PortalIdentity(1, "a@b.de", "A", null, List.of())).getToken();

		assertThatThrownBy(() -> _consumer("https://other.example").processToClaims(token))
			.isInstanceOf(InvalidJwtException.class);
	}

	@Test
	void mapsConfiguredPortalRolesToPlatformRoles() {
		assertThat(PortalTokenFactory.groups(_configuration, List.of("Administrator", "Partner Hub Agency", "Guest")))
			.containsExactly("ADMIN", "AGENCY");
		assertThat(PortalTokenFactory.groups(_configuration, List.of("User"))).isEmpty();
	}

	@Test
	void refusesClearlyWhenNotConfigured() {
		when(_configuration.tokenSigningKey()).thenReturn("");
		assertThatThrownBy(() -> new PortalTokenFactory(Clock.systemUTC()).mint(
				_configuration, new PortalIdentity(1, "a@b.de", "A", null, List.of())))
			.isInstanceOf(PortalTokenException.class).hasMessageContaining("signing key is not configured");

		when(_configuration.tokenSigningKey()).thenReturn("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----");
		assertThatThrownBy(() -> PortalTokenFactory.parsePrivateKey(_configuration.tokenSigningKey()))
			.isInstanceOf(PortalTokenException.class).hasMessageContaining("PKCS#8");

		when(_configuration.tokenIssuer()).thenReturn(" ");
		assertThatThrownBy(() -> new PortalTokenFactory(Clock.systemUTC()).mint(
				_configuration, new PortalIdentity(1, "a@b.de", "A", null, List.of())))
			.isInstanceOf(PortalTokenException.class).hasMessageContaining("issuer is not configured");
	}

	private JwtConsumer _consumer(String issuer) {
		return new JwtConsumerBuilder()
			.setExpectedIssuer(issuer)
			.setExpectedAudience("partner-hub")
			.setVerificationKey(_keyPair.getPublic())
			.setRequireExpirationTime()
			.setRequireSubject()
			.setEvaluationTime(NumericDate.fromSeconds(NOW.getEpochSecond() + 10))
			.build();
	}

	private static String _pem(KeyPair keyPair) {
		return "-----BEGIN PRIVATE KEY-----\n" +
			Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keyPair.getPrivate().getEncoded()) +
				"\n-----END PRIVATE KEY-----\n";
	}

}
