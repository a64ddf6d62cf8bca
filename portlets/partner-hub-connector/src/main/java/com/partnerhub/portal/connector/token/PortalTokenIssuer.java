package com.partnerhub.portal.connector.token;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.RoleLocalService;

import com.partnerhub.portal.connector.configuration.PartnerHubConfiguration;

import java.time.Clock;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The portlets' way to a token for the logged-in user: their resource commands call {@link #issue(User)}
 * and hand the result to the browser code, which sends it to the service.
 */
@Component(service = PortalTokenIssuer.class)
public class PortalTokenIssuer {

	public PartnerHubConfiguration getConfiguration() throws PortalException {
		return _configurationProvider.getSystemConfiguration(
			PartnerHubConfiguration.class);
	}

	public PortalToken issue(User user) throws PortalException {
		List<String> roleNames = new ArrayList<>();

		for (Role role : _roleLocalService.getUserRoles(user.getUserId())) {
			roleNames.add(role.getName());
		}

		return _portalTokenFactory.mint(
			getConfiguration(),
			new PortalIdentity(
				user.getUserId(), user.getEmailAddress(), user.getFullName(),
				user.getLocale(), roleNames));
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

	private final PortalTokenFactory _portalTokenFactory =
		new PortalTokenFactory(Clock.systemUTC());

	@Reference
	private RoleLocalService _roleLocalService;

}
