package com.partnerhub.portal.connector.site;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks an event the way Standard Webhooks signs it: {@code webhook-signature} holds one or more
 * {@code v1,<base64 HMAC-SHA256>} over {@code <webhook-id>.<webhook-timestamp>.<body>}, keyed with the base64 part of
 * the {@code whsec_} secret, and the timestamp is at most five minutes away from now (an old capture replayed later
 * is refused).
 */
public class SiteAccessSignature {

	public static final Duration TOLERANCE = Duration.ofMinutes(5);

	public SiteAccessSignature(String secret) {
		String key = (secret == null) ? "" : secret.trim();

		if (key.startsWith(_PREFIX)) {
			key = key.substring(_PREFIX.length());
		}

		byte[] decoded;

		try {
			decoded = key.isEmpty() ? new byte[0] : Base64.getDecoder().decode(key);
		}
		catch (IllegalArgumentException illegalArgumentException) {
			decoded = new byte[0];
		}

		_key = decoded;
	}

	/** Why the event is refused, or null when it is genuine and fresh. */
	public String refusal(String id, String timestamp, String signatures, String body, Instant now) {
		if (_key.length == 0) {
			return "no site access secret is configured";
		}

		if ((id == null) || id.isEmpty() || (timestamp == null) || (signatures == null)) {
			return "the webhook-id, webhook-timestamp and webhook-signature headers are required";
		}

		long seconds;

		try {
			seconds = Long.parseLong(timestamp.trim());
		}
		catch (NumberFormatException numberFormatException) {
			return "the webhook-timestamp is not a number";
		}

		if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.getSeconds()) {
			return "the webhook-timestamp is more than five minutes away";
		}

		byte[] expected = _sign(id + "." + timestamp.trim() + "." + body);

		for (String candidate : signatures.trim().split(" ")) {
			if (!candidate.startsWith("v1,")) {
				continue;
			}

			byte[] given;

			try {
				given = Base64.getDecoder().decode(candidate.substring(3));
			}
			catch (IllegalArgumentException illegalArgumentException) {
				continue;
			}

			if (MessageDigest.isEqual(expected, given)) {
				return null;
			}
		}

		return "the signature does not match";
	}

	private byte[] _sign(String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");

			mac.init(new SecretKeySpec(_key, "HmacSHA256"));

			return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException generalSecurityException) {
			throw new IllegalStateException(
				"HmacSHA256 is part of every Java platform",
				generalSecurityException);
		}
	}

	private static final String _PREFIX = "whsec_";

	private final byte[] _key;

}
