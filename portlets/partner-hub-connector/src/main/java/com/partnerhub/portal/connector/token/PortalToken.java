package com.partnerhub.portal.connector.token;

/** A short-lived bearer token for one portal user, and when it runs out. */
public class PortalToken {

	public PortalToken(String token, long expiresAtEpochSecond) {
		_token = token;
		_expiresAtEpochSecond = expiresAtEpochSecond;
	}

	public long getExpiresAtEpochSecond() {
		return _expiresAtEpochSecond;
	}

	public String getToken() {
		return _token;
	}

	private final long _expiresAtEpochSecond;
	private final String _token;

}
