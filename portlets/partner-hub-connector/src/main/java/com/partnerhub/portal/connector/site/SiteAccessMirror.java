package com.partnerhub.portal.connector.site;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.LayoutSet;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.VirtualHost;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.service.LayoutSetLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.VirtualHostLocalService;

import com.partnerhub.portal.connector.configuration.PartnerHubConfiguration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Applies who gains and loses access to which sites (the {@code access} part of Partner Hub's
 * {@code transfer.accepted}, {@code invitation.accepted}, {@code collaborator.changed} and
 * {@code collaborator.removed} events) with Liferay's own services. A Partner Hub site is the portal site that serves
 * its domain (Site Settings → Site URL → virtual host). Each entry states the whole outcome for one person, and every
 * call first looks whether it is needed: applying an event twice changes nothing.
 *
 * <ul>
 * <li>{@code grant OWNER}: site member and Site Owner, no Partner Hub collaborator role;</li>
 * <li>{@code grant COLLABORATOR}: site member with the editor role (permission EDIT_SITE) or the collaborator
 * role, not Site Owner;</li>
 * <li>{@code revoke}: no Site Owner, no Partner Hub role; no membership either unless {@code keepMembership}.</li>
 * </ul>
 */
public class SiteAccessMirror {

	public SiteAccessMirror(
		LayoutSetLocalService layoutSetLocalService,
		RoleLocalService roleLocalService,
		UserGroupRoleLocalService userGroupRoleLocalService,
		UserLocalService userLocalService,
		VirtualHostLocalService virtualHostLocalService) {

		_layoutSetLocalService = layoutSetLocalService;
		_roleLocalService = roleLocalService;
		_userGroupRoleLocalService = userGroupRoleLocalService;
		_userLocalService = userLocalService;
		_virtualHostLocalService = virtualHostLocalService;
	}

	/** Applies one event's access; returns a line for each thing done or passed over, for the log. */
	public List<String> apply(
			Map<?, ?> access, PartnerHubConfiguration configuration)
		throws PortalException {

		List<String> report = new ArrayList<>();

		for (Map<?, ?> site : _maps(access.get("sites"))) {
			Object domain = site.get("domain");

			if (!(domain instanceof String)) {
				report.add("site " + site.get("id") + " has no domain: no portal site to change");

				continue;
			}

			VirtualHost virtualHost = _virtualHostLocalService.fetchVirtualHost(
				(String)domain);
			LayoutSet layoutSet = (virtualHost == null) ? null :
				_layoutSetLocalService.fetchLayoutSet(virtualHost.getLayoutSetId());

			if (layoutSet == null) {
				report.add("no portal site serves " + domain);

				continue;
			}

			_apply(
				access, configuration, virtualHost.getCompanyId(),
				layoutSet.getGroupId(), (String)domain, report);
		}

		return report;
	}

	private void _apply(
			Map<?, ?> access, PartnerHubConfiguration configuration,
			long companyId, long groupId, String domain, List<String> report)
		throws PortalException {

		Role owner = _roleLocalService.fetchRole(companyId, RoleConstants.SITE_OWNER);
		Role editor = _role(companyId, configuration.siteEditorRoleName(), domain, report);
		Role collaborator = _role(companyId, configuration.siteCollaboratorRoleName(), domain, report);

		for (Map<?, ?> grant : _maps(access.get("grant"))) {
			User user = _user(companyId, grant.get("email"), domain, report);

			if (user == null) {
				continue;
			}

			Role wanted;

			if ("OWNER".equals(grant.get("siteRole"))) {
				wanted = owner;
			}
			else {
				Object permissions = grant.get("permissions");

				wanted = ((permissions instanceof List<?>) && ((List<?>)permissions).contains("EDIT_SITE")) ?
					editor : collaborator;
			}

			if (!_userLocalService.hasGroupUser(groupId, user.getUserId())) {
				_userLocalService.addGroupUsers(groupId, new long[] {user.getUserId()});
				report.add(user.getEmailAddress() + " joined " + domain);
			}

			for (Role role : new Role[] {owner, editor, collaborator}) {
				if (role == null) {
					continue;
				}

				boolean has = _userGroupRoleLocalService.hasUserGroupRole(
					user.getUserId(), groupId, role.getRoleId());

				if ((role == wanted) && !has) {
					_userGroupRoleLocalService.addUserGroupRoles(
						user.getUserId(), groupId, new long[] {role.getRoleId()});
					report.add(user.getEmailAddress() + " is " + role.getName() + " of " + domain);
				}
				else if ((role != wanted) && has) {
					_userGroupRoleLocalService.deleteUserGroupRoles(
						user.getUserId(), groupId, new long[] {role.getRoleId()});
					report.add(user.getEmailAddress() + " is no longer " + role.getName() + " of " + domain);
				}
			}
		}

		for (Map<?, ?> revoke : _maps(access.get("revoke"))) {
			User user = _user(companyId, revoke.get("email"), domain, report);

			if (user == null) {
				continue;
			}

			for (Role role : new Role[] {owner, editor, collaborator}) {
				if ((role != null) &&
					_userGroupRoleLocalService.hasUserGroupRole(
						user.getUserId(), groupId, role.getRoleId())) {

					_userGroupRoleLocalService.deleteUserGroupRoles(
						user.getUserId(), groupId, new long[] {role.getRoleId()});
					report.add(user.getEmailAddress() + " is no longer " + role.getName() + " of " + domain);
				}
			}

			if (!Boolean.TRUE.equals(revoke.get("keepMembership")) &&
				_userLocalService.hasGroupUser(groupId, user.getUserId())) {

				_userLocalService.unsetGroupUsers(
					groupId, new long[] {user.getUserId()}, new ServiceContext());
				report.add(user.getEmailAddress() + " left " + domain);
			}
		}
	}

	private Role _role(long companyId, String name, String domain, List<String> report) {
		if ((name == null) || name.trim().isEmpty()) {
			return null;
		}

		Role role = _roleLocalService.fetchRole(companyId, name.trim());

		if (role == null) {
			report.add("no site role \"" + name.trim() + "\" to give on " + domain + " (create it in Roles → Site Roles)");
		}

		return role;
	}

	private User _user(long companyId, Object email, String domain, List<String> report) {
		if (!(email instanceof String)) {
			return null;
		}

		User user = _userLocalService.fetchUserByEmailAddress(companyId, (String)email);

		if (user == null) {
			report.add(email + " has no portal account for " + domain + " yet");
		}

		return user;
	}

	private static List<Map<?, ?>> _maps(Object value) {
		if (!(value instanceof List<?>)) {
			return Collections.emptyList();
		}

		List<Map<?, ?>> maps = new ArrayList<>();

		for (Object item : (List<?>)value) {
			if (item instanceof Map<?, ?>) {
				maps.add((Map<?, ?>)item);
			}
		}

		return maps;
	}

	private final LayoutSetLocalService _layoutSetLocalService;
	private final RoleLocalService _roleLocalService;
	private final UserGroupRoleLocalService _userGroupRoleLocalService;
	private final UserLocalService _userLocalService;
	private final VirtualHostLocalService _virtualHostLocalService;

}
