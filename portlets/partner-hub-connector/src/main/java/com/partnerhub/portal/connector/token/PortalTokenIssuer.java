package com.partnerhub.portal.connector.token;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.RoleLocalService;

import com.partnerhub.portal.connector.configuration.PartnerHubConfiguration;

import java.time.Clock;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
		PartnerHubConfiguration configuration = getConfiguration();

		return _portalTokenFactory.mint(
			configuration,
			new PortalIdentity(
				user.getUserId(), user.getEmailAddress(), user.getFullName(),
				user.getLocale(), heldRoleNames(configuration, user)));
	}

	/**
	 * The configured portal roles the user holds, directly or through a user group, an organisation or a site
	 * (Liferay's role inheritance): {@code getUserRoles} alone sees only direct assignments.
	 */
	List<String> heldRoleNames(PartnerHubConfiguration configuration, User user) throws PortalException {
		Set<String> configured = new LinkedHashSet<>();

		for (String[] names : List.of(
				configuration.adminRoleNames(), configuration.providerStaffRoleNames(),
				configuration.agencyRoleNames())) {

			for (String name : names) {
				if ((name != null) && !name.trim().isEmpty()) {
					configured.add(name.trim());
				}
			}
		}

		List<String> held = new ArrayList<>();

		for (String name : configured) {
			if (_roleLocalService.hasUserRole(user.getUserId(), user.getCompanyId(), name, true)) {
				held.add(name);
			}
		}

		return held;
	}

	public PortalTokenIssuer() {
	}

	PortalTokenIssuer(
		ConfigurationProvider configurationProvider,
		RoleLocalService roleLocalService) {

		_configurationProvider = configurationProvider;
		_roleLocalService = roleLocalService;
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

	private final PortalTokenFactory _portalTokenFactory =
		new PortalTokenFactory(Clock.systemUTC());

	@Reference
	private RoleLocalService _roleLocalService;

}
