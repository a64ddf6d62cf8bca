package com.partnerhub.portal.connector.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.LayoutSet;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.VirtualHost;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.service.LayoutSetLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.VirtualHostLocalService;

import com.partnerhub.portal.connector.configuration.PartnerHubConfiguration;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each event does to the portal site that serves the Partner Hub site's domain, call by call. */
class SiteAccessMirrorTest {

	static final long COMPANY = 20097;
	static final long GROUP = 35001;
	static final long OWNER_ROLE = 11;
	static final long EDITOR_ROLE = 12;
	static final long COLLABORATOR_ROLE = 13;
	static final long CLARA = 501;
	static final long ANNA = 502;
	static final long BEN = 503;

	/** Site memberships and site roles as the portal holds them: "user" and "user:role". */
	final Set<String> portal = new HashSet<>();

	final LayoutSetLocalService layoutSets = mock(LayoutSetLocalService.class);
	final RoleLocalService roles = mock(RoleLocalService.class);
	final UserGroupRoleLocalService userGroupRoles = mock(UserGroupRoleLocalService.class);
	final UserLocalService users = mock(UserLocalService.class);
	final VirtualHostLocalService virtualHosts = mock(VirtualHostLocalService.class);
	final PartnerHubConfiguration configuration = mock(PartnerHubConfiguration.class);

	SiteAccessMirror mirror;

	@BeforeEach
	void setUp() throws Exception {
		VirtualHost host = mock(VirtualHost.class);

		when(host.getCompanyId()).thenReturn(COMPANY);
		when(host.getLayoutSetId()).thenReturn(77L);
		when(virtualHosts.fetchVirtualHost("blumen.example")).thenReturn(host);

		LayoutSet layoutSet = mock(LayoutSet.class);

		when(layoutSet.getGroupId()).thenReturn(GROUP);
		when(layoutSets.fetchLayoutSet(77L)).thenReturn(layoutSet);

		when(configuration.siteEditorRoleName()).thenReturn("Partner Hub Site Editor");
		when(configuration.siteCollaboratorRoleName()).thenReturn("Partner Hub Site Collaborator");
		role(RoleConstants.SITE_OWNER, OWNER_ROLE);
		role("Partner Hub Site Editor", EDITOR_ROLE);
		role("Partner Hub Site Collaborator", COLLABORATOR_ROLE);
		user("clara@kunde-eins.example", CLARA);
		user("anna@agentur-beispiel.example", ANNA);
		user("ben@agentur-beispiel.example", BEN);

		when(users.hasGroupUser(eq(GROUP), anyLong())).thenAnswer(i -> portal.contains("" + i.getArgument(1)));
		when(users.addGroupUsers(eq(GROUP), any(long[].class))).thenAnswer(i -> portal.add("" + ((long[])i.getArgument(1))[0]));
		org.mockito.Mockito.doAnswer(i -> {
			long user = ((long[])i.getArgument(1))[0];

			portal.removeIf(entry -> entry.equals("" + user) || entry.startsWith(user + ":"));

			return null;
		}).when(users).unsetGroupUsers(eq(GROUP), any(long[].class), any());
		when(userGroupRoles.hasUserGroupRole(anyLong(), eq(GROUP), anyLong()))
			.thenAnswer(i -> portal.contains(i.getArgument(0) + ":" + i.getArgument(2)));
		when(userGroupRoles.addUserGroupRoles(anyLong(), eq(GROUP), any(long[].class))).thenAnswer(i -> {
			portal.add(i.getArgument(0) + ":" + ((long[])i.getArgument(2))[0]);

			return List.of();
		});
		org.mockito.Mockito.doAnswer(i -> portal.remove(i.getArgument(0) + ":" + ((long[])i.getArgument(2))[0]))
			.when(userGroupRoles).deleteUserGroupRoles(anyLong(), eq(GROUP), any(long[].class));

		mirror = new SiteAccessMirror(layoutSets, roles, userGroupRoles, users, virtualHosts);
	}

	@Test
	void aTransferMakesTheCustomerSiteOwnerAndTheAgencyLosesItKeepingMembershipWhenItStays() throws Exception {
		// before: the agency's people own the site
		portal.addAll(Set.of("" + ANNA, ANNA + ":" + OWNER_ROLE, "" + BEN, BEN + ":" + OWNER_ROLE));

		mirror.apply(transferAccepted(true), configuration);

		assertThat(portal).containsExactlyInAnyOrder(
			"" + CLARA, CLARA + ":" + OWNER_ROLE,
			"" + ANNA, ANNA + ":" + EDITOR_ROLE,
			"" + BEN);
	}

	@Test
	void withoutStayingTheAgencyLeavesTheSite() throws Exception {
		portal.addAll(Set.of("" + ANNA, ANNA + ":" + OWNER_ROLE, "" + BEN, BEN + ":" + OWNER_ROLE));

		mirror.apply(transferAccepted(false), configuration);

		assertThat(portal).containsExactlyInAnyOrder("" + CLARA, CLARA + ":" + OWNER_ROLE);
	}

	@Test
	void applyingTheSameEventTwiceChangesNothingTheSecondTime() throws Exception {
		portal.addAll(Set.of("" + ANNA, ANNA + ":" + OWNER_ROLE));
		mirror.apply(transferAccepted(true), configuration);
		Set<String> once = new HashSet<>(portal);

		org.mockito.Mockito.clearInvocations(users, userGroupRoles);
		List<String> report = mirror.apply(transferAccepted(true), configuration);

		assertThat(portal).isEqualTo(once);
		assertThat(report).isEmpty();
		verify(users, never()).addGroupUsers(anyLong(), any(long[].class));
		verify(userGroupRoles, never()).addUserGroupRoles(anyLong(), anyLong(), any(long[].class));
		verify(userGroupRoles, never()).deleteUserGroupRoles(anyLong(), anyLong(), any(long[].class));
	}

	@Test
	void aCollaboratorsRoleFollowsTheirPermissionsAndRemovalEndsTheirMembership() throws Exception {
		mirror.apply(collaborator("anna@agentur-beispiel.example", List.of("ORDER_PRODUCTS")), configuration);
		assertThat(portal).containsExactlyInAnyOrder("" + ANNA, ANNA + ":" + COLLABORATOR_ROLE);

		mirror.apply(collaborator("anna@agentur-beispiel.example", List.of("EDIT_SITE", "VIEW_INVOICES")), configuration);
		assertThat(portal).as("one Partner Hub role at a time").containsExactlyInAnyOrder("" + ANNA, ANNA + ":" + EDITOR_ROLE);

		mirror.apply(
			Map.of("sites", List.of(Map.of("id", 3L, "domain", "blumen.example")), "grant", List.of(),
				"revoke", List.of(Map.of("email", "anna@agentur-beispiel.example", "keepMembership", false))),
			configuration);
		assertThat(portal).isEmpty();
	}

	@Test
	void aSiteNoPortalSiteServesAndPeopleWithoutAPortalAccountArePassedOver() throws Exception {
		List<String> report = mirror.apply(
			Map.of(
				"sites", List.of(Map.of("id", 4L, "domain", "elsewhere.example"), Map.of("id", 5L)),
				"grant", List.of(Map.of("email", "clara@kunde-eins.example", "siteRole", "OWNER"))),
			configuration);

		assertThat(report).containsExactly("no portal site serves elsewhere.example", "site 5 has no domain: no portal site to change");
		assertThat(portal).isEmpty();

		report = mirror.apply(collaborator("nobody@example.org", List.of()), configuration);

		assertThat(report).containsExactly("nobody@example.org has no portal account for blumen.example yet");
		assertThat(portal).isEmpty();
	}

	static Map<String, Object> transferAccepted(boolean stays) {
		List<Map<String, Object>> grants = new java.util.ArrayList<>();

		if (stays) {
			grants.add(Map.of("email", "anna@agentur-beispiel.example", "siteRole", "COLLABORATOR",
				"permissions", List.of("CONTACT_SUPPORT", "EDIT_SITE")));
		}

		grants.add(Map.of("email", "clara@kunde-eins.example", "siteRole", "OWNER", "permissions", List.of()));

		List<Map<String, Object>> revokes = new java.util.ArrayList<>();

		revokes.add(Map.of("email", "ben@agentur-beispiel.example", "keepMembership", stays));

		if (!stays) {
			revokes.add(Map.of("email", "anna@agentur-beispiel.example", "keepMembership", false));
		}

		return Map.of(
			"sites", List.of(Map.of("id", 3L, "name", "Blumen Müller", "domain", "blumen.example")),
			"grant", grants, "revoke", revokes);
	}

	static Map<String, Object> collaborator(String email, List<String> permissions) {
		return Map.of(
			"sites", List.of(Map.of("id", 3L, "domain", "blumen.example")),
			"grant", List.of(Map.of("email", email, "siteRole", "COLLABORATOR", "permissions", permissions)),
			"revoke", List.of());
	}

	private void role(String name, long id) {
		Role role = mock(Role.class);

		when(role.getRoleId()).thenReturn(id);
		when(role.getName()).thenReturn(name);
		when(roles.fetchRole(COMPANY, name)).thenReturn(role);
	}

	private void user(String email, long id) {
		User user = mock(User.class);

		when(user.getUserId()).thenReturn(id);
		when(user.getEmailAddress()).thenReturn(email);
		when(users.fetchUserByEmailAddress(COMPANY, email)).thenReturn(user);
	}

}
