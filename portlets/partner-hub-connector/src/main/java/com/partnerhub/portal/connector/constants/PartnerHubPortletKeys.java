package com.partnerhub.portal.connector.constants;

/** Portlet names of the Partner Hub families, and the resource command they share. */
public class PartnerHubPortletKeys {

	public static final String INVITATIONS =
		"com_partnerhub_portal_invitations_web_InvitationsPortlet";

	public static final String ORDERS =
		"com_partnerhub_portal_orders_web_OrdersPortlet";

	public static final String SITES =
		"com_partnerhub_portal_sites_web_SitesPortlet";

	/** The resource id under which every Partner Hub portlet hands the browser a fresh token. */
	public static final String TOKEN_RESOURCE_ID = "/partner-hub/token";

	/** Where this bundle serves the browser code and Lit ({@code Web-ContextPath}). */
	public static final String WEB_CONTEXT_PATH = "/partner-hub";

}
