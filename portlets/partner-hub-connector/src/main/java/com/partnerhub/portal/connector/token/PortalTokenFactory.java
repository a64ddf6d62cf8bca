package com.partnerhub.portal.connector.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;

import java.time.Clock;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import com.partnerhub.portal.connector.configuration.PartnerHubConfiguration;

/**
 * Mints the tokens the service accepts: RS256 with the configured private key, the configured issuer,
 * the user's identity and the platform roles their portal roles map to. Plain Java so it is testable
 * without a portal.
 */
public class PortalTokenFactory {

	public static final String GROUP_ADMIN = "ADMIN";

	public static final String GROUP_AGENCY = "AGENCY";

	public static final String GROUP_PROVIDER_STAFF = "PROVIDER_STAFF";

	public PortalTokenFactory(Clock clock) {
		_clock = clock;
	}

	public PortalToken mint(
			PartnerHubConfiguration configuration, PortalIdentity identity)
		throws PortalTokenException {

		String issuer = _trim(configuration.tokenIssuer());

		if (issuer.isEmpty()) {
			throw new PortalTokenException(
				"Partner Hub's token issuer is not configured (System Settings -> Partner Hub)");
		}

		PrivateKey key = parsePrivateKey(configuration.tokenSigningKey());

		long now = _clock.instant().getEpochSecond();
		long expiresAt = now + configuration.tokenLifetimeSeconds();

		JwtClaims claims = new JwtClaims();

		claims.setIssuer(issuer);
		claims.setAudience(_audience(configuration));
		claims.setSubject("liferay:" + identity.getUserId());
		claims.setClaim("upn", identity.getEmailAddress());
		claims.setClaim("email", identity.getEmailAddress());
		claims.setClaim("name", identity.getFullName());

		if (identity.getLocale() != null) {
			claims.setClaim("locale", identity.getLocale().toLanguageTag());
		}

		claims.setStringListClaim(
			"groups", groups(configuration, identity.getRoleNames()));
		claims.setIssuedAt(NumericDate.fromSeconds(now));
		claims.setExpirationTime(NumericDate.fromSeconds(expiresAt));
		claims.setNotBefore(NumericDate.fromSeconds(now));

		// Payara requires a jti on every token

		claims.setGeneratedJwtId();

		JsonWebSignature jws = new JsonWebSignature();

		jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
		jws.setHeader("typ", "JWT");
		jws.setKey(key);
		jws.setPayload(claims.toJson());

		try {
			return new PortalToken(jws.getCompactSerialization(), expiresAt);
		}
		catch (JoseException joseException) {
			throw new PortalTokenException(
				"Unable to sign a Partner Hub token", joseException);
		}
	}

	/** Which platform roles the service should know for a user with these portal roles. */
	public static List<String> groups(
		PartnerHubConfiguration configuration, Collection<String> roleNames) {

		List<String> groups = new ArrayList<>();

		if (_anyOf(roleNames, configuration.adminRoleNames())) {
			groups.add(GROUP_ADMIN);
		}

		if (_anyOf(roleNames, configuration.providerStaffRoleNames())) {
			groups.add(GROUP_PROVIDER_STAFF);
		}

		if (_anyOf(roleNames, configuration.agencyRoleNames())) {
			groups.add(GROUP_AGENCY);
		}

		return groups;
	}

	/** Reads a PKCS#8 PEM private key as {@code openssl genpkey} writes it. */
	public static PrivateKey parsePrivateKey(String pem)
		throws PortalTokenException {

		String body = _trim(
			pem
		).replace(
			"-----BEGIN PRIVATE KEY-----", ""
		).replace(
			"-----END PRIVATE KEY-----", ""
		).replaceAll(
			"\\s", ""
		);

		if (body.isEmpty()) {
			throw new PortalTokenException(
				"Partner Hub's token signing key is not configured (System Settings -> Partner Hub)");
		}

		try {
			KeyFactory keyFactory = KeyFactory.getInstance("RSA");

			return keyFactory.generatePrivate(
				new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
		}
		catch (IllegalArgumentException | GeneralSecurityException exception) {
			throw new PortalTokenException(
				"Partner Hub's token signing key is not an RSA private key in PKCS#8 PEM form",
				exception);
		}
	}

	private static boolean _anyOf(
		Collection<String> roleNames, String[] configuredNames) {

		if (configuredNames == null) {
			return false;
		}

		Set<String> held = new java.util.HashSet<>();

		for (String roleName : roleNames) {
			held.add(roleName.trim().toLowerCase(Locale.ROOT));
		}

		for (String configuredName : configuredNames) {
			if ((configuredName != null) &&
				held.contains(configuredName.trim().toLowerCase(Locale.ROOT))) {

				return true;
			}
		}

		return false;
	}

	private static String _audience(PartnerHubConfiguration configuration) {
		String audience = _trim(configuration.tokenAudience());

		if (audience.isEmpty()) {
			return "partner-hub";
		}

		return audience;
	}

	private static String _trim(String value) {
		return (value == null) ? "" : value.trim();
	}

	private final Clock _clock;
}
