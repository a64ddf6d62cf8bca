package com.partnerhub.portal.connector.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * Control Panel → System Settings → Partner Hub: where the service runs, how the portal vouches for its
 * users to it, and which portal roles count as what.
 */
@ExtendedObjectClassDefinition(
	category = PartnerHubConfigurationCategory.KEY,
	scope = ExtendedObjectClassDefinition.Scope.SYSTEM
)
@Meta.OCD(
	id = "com.partnerhub.portal.connector.configuration.PartnerHubConfiguration",
	localization = "content/Language", name = "partner-hub-configuration-name"
)
public interface PartnerHubConfiguration {

	@Meta.AD(
		deflt = "http://localhost:8181", description = "service-url-help",
		name = "service-url", required = false
	)
	public String serviceURL();

	@Meta.AD(
		deflt = "", description = "token-issuer-help", name = "token-issuer",
		required = false
	)
	public String tokenIssuer();

	@Meta.AD(
		deflt = "partner-hub", description = "token-audience-help",
		name = "token-audience", required = false
	)
	public String tokenAudience();

	@Meta.AD(
		deflt = "", description = "token-signing-key-help",
		name = "token-signing-key", required = false,
		type = Meta.Type.Password
	)
	public String tokenSigningKey();

	@Meta.AD(
		deflt = "300", description = "token-lifetime-seconds-help", max = "3600",
		min = "30", name = "token-lifetime-seconds", required = false
	)
	public int tokenLifetimeSeconds();

	@Meta.AD(
		deflt = "Administrator", description = "admin-role-names-help",
		name = "admin-role-names", required = false
	)
	public String[] adminRoleNames();

	@Meta.AD(
		deflt = "Partner Hub Provider Staff",
		description = "provider-staff-role-names-help",
		name = "provider-staff-role-names", required = false
	)
	public String[] providerStaffRoleNames();

	@Meta.AD(
		deflt = "Partner Hub Agency", description = "agency-role-names-help",
		name = "agency-role-names", required = false
	)
	public String[] agencyRoleNames();

	@Meta.AD(
		deflt = "/web/guest/partner-hub", description = "page-url-help",
		name = "page-url", required = false
	)
	public String pageURL();

	@Meta.AD(
		deflt = "30", description = "notification-relay-seconds-help",
		max = "3600", min = "0", name = "notification-relay-seconds",
		required = false
	)
	public int notificationRelaySeconds();

	@Meta.AD(
		deflt = "", description = "site-access-secret-help",
		name = "site-access-secret", required = false,
		type = Meta.Type.Password
	)
	public String siteAccessSecret();

	@Meta.AD(
		deflt = "Partner Hub Site Editor",
		description = "site-editor-role-name-help",
		name = "site-editor-role-name", required = false
	)
	public String siteEditorRoleName();

	@Meta.AD(
		deflt = "Partner Hub Site Collaborator",
		description = "site-collaborator-role-name-help",
		name = "site-collaborator-role-name", required = false
	)
	public String siteCollaboratorRoleName();

}
