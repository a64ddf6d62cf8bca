package com.partnerhub.portal.connector.token;

import com.liferay.portal.kernel.exception.PortalException;

/** The portal cannot vouch for its user: the connection to Partner Hub is not (correctly) configured. */
public class PortalTokenException extends PortalException {

	public PortalTokenException(String message) {
		super(message);
	}

	public PortalTokenException(String message, Throwable cause) {
		super(message, cause);
	}

}
