package com.partnerhub.portal.connector.display;

import com.liferay.portal.kernel.util.PortalUtil;

import com.partnerhub.portal.connector.configuration.PartnerHubConfiguration;
import com.partnerhub.portal.connector.constants.PartnerHubPortletKeys;
import com.partnerhub.portal.connector.web.LitVersions;

import java.util.Locale;
import java.util.Set;

import javax.portlet.RenderResponse;
import javax.portlet.ResourceURL;

/**
 * What every Partner Hub portlet's view needs to render its custom element: the service URL, a resource URL
 * that returns a fresh token, the page language, the view, and where the browser code is served.
 */
public class PartnerHubDisplayContext {

	public static final Set<String> VIEWS = Set.of(
		"accounts", "inbox", "new-order", "orders", "packages", "sites");

	public PartnerHubDisplayContext(
		PartnerHubConfiguration configuration, RenderResponse renderResponse,
		Locale locale, String view) {

		_configuration = configuration;
		_renderResponse = renderResponse;
		_locale = locale;
		_view = VIEWS.contains(view) ? view : "orders";
	}

	public String getLanguageId() {
		return _locale.toLanguageTag();
	}

	/**
	 * Where the browser code is, with this build's stamp: the view imports it from a classic script, which Liferay's
	 * single-page navigation runs in every 7.4 release (module scripts in loaded content it skipped for a time).
	 */
	public String getScriptURL() {
		return PortalUtil.getPathModule() +
			PartnerHubPortletKeys.WEB_CONTEXT_PATH +
				"/partner-hub/ui/ph-portlet.js?v=" + LitVersions.BUILD;
	}

	public String getServiceURL() {
		String url = _configuration.serviceURL();

		if (url == null) {
			return "";
		}

		url = url.trim();

		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	public String getTokenURL() {
		ResourceURL resourceURL = _renderResponse.createResourceURL();

		resourceURL.setResourceID(PartnerHubPortletKeys.TOKEN_RESOURCE_ID);

		return resourceURL.toString();
	}

	public String getView() {
		return _view;
	}

	private final PartnerHubConfiguration _configuration;
	private final Locale _locale;
	private final RenderResponse _renderResponse;
	private final String _view;

}
