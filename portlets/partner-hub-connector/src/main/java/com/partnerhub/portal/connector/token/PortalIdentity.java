package com.partnerhub.portal.connector.token;

import java.util.List;
import java.util.Locale;

/** What the token says about a portal user; taken from Liferay's {@code User} and roles. */
public class PortalIdentity {

	public PortalIdentity(
		long userId, String emailAddress, String fullName, Locale locale,
		List<String> roleNames) {

		_userId = userId;
		_emailAddress = emailAddress;
		_fullName = fullName;
		_locale = locale;
		_roleNames = List.copyOf(roleNames);
	}

	public String getEmailAddress() {
		return _emailAddress;
	}

	public String getFullName() {
		return _fullName;
	}

	public Locale getLocale() {
		return _locale;
	}

	public List<String> getRoleNames() {
		return _roleNames;
	}

	public long getUserId() {
		return _userId;
	}

	private final String _emailAddress;
	private final String _fullName;
	private final Locale _locale;
	private final List<String> _roleNames;
	private final long _userId;

}
