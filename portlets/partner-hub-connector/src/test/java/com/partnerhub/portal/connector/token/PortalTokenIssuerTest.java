package com.partnerhub.portal.connector.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.RoleLocalService;

import com.partnerhub.portal.connector.configuration.PartnerHubConfiguration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The roles a token names come from Liferay's role inheritance, not only from direct assignments. */
class PortalTokenIssuerTest {

	@BeforeEach
	void setUp() throws Exception {
		when(_configuration.adminRoleNames()).thenReturn(new String[] {"Administrator"});
		when(_configuration.providerStaffRoleNames()).thenReturn(new String[] {"Partner Hub Provider Staff", " "});
		when(_configuration.agencyRoleNames()).thenReturn(new String[] {"Partner Hub Agency", "Administrator"});
		when(_configurationProvider.getSystemConfiguration(PartnerHubConfiguration.class)).thenReturn(_configuration);
		when(_user.getUserId()).thenReturn(40123L);
		when(_user.getCompanyId()).thenReturn(20097L);
	}

	@Test
	void aRoleGivenThroughAUserGroupOrganisationOrSiteCounts() throws Exception {
		// Liferay answers true for an inherited role only when asked with inherited=true
		when(_roleLocalService.hasUserRole(40123L, 20097L, "Partner Hub Agency", true)).thenReturn(true);

		assertThat(_issuer().heldRoleNames(_configuration, _user)).containsExactly("Partner Hub Agency");
		verify(_roleLocalService, never()).getUserRoles(anyLong());
		verify(_roleLocalService, never()).hasUserRole(anyLong(), anyLong(), anyString(), eq(false));
	}

	@Test
	void eachConfiguredRoleIsAskedForOnceAndBlankNamesNotAtAll() throws Exception {
		when(_roleLocalService.hasUserRole(anyLong(), anyLong(), anyString(), anyBoolean())).thenReturn(true);

		assertThat(_issuer().heldRoleNames(_configuration, _user))
			.containsExactly("Administrator", "Partner Hub Provider Staff", "Partner Hub Agency");
	}

	@Test
	void aUserWithoutAnyConfiguredRoleHoldsNone() throws Exception {
		assertThat(_issuer().heldRoleNames(_configuration, _user)).isEmpty();
	}

	private PortalTokenIssuer _issuer() {
		return new PortalTokenIssuer(_configurationProvider, _roleLocalService);
	}

	private final PartnerHubConfiguration _configuration = mock(PartnerHubConfiguration.class);
	private final ConfigurationProvider _configurationProvider = mock(ConfigurationProvider.class);
	private final RoleLocalService _roleLocalService = mock(RoleLocalService.class);
	private final User _user = mock(User.class);

}
