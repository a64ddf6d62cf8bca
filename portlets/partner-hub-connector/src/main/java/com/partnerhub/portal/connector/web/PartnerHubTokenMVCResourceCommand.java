package com.partnerhub.portal.connector.web;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import com.partnerhub.portal.connector.constants.PartnerHubPortletKeys;
import com.partnerhub.portal.connector.token.PortalToken;
import com.partnerhub.portal.connector.token.PortalTokenIssuer;

import java.io.PrintWriter;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Hands the browser code of every Partner Hub portlet a short-lived token for the signed-in user; guests
 * get 401. The browser sends it to the service as its bearer token.
 */
@Component(
	property = {
		"javax.portlet.name=" + PartnerHubPortletKeys.INVITATIONS,
		"javax.portlet.name=" + PartnerHubPortletKeys.ORDERS,
		"javax.portlet.name=" + PartnerHubPortletKeys.SITES,
		"mvc.command.name=" + PartnerHubPortletKeys.TOKEN_RESOURCE_ID
	},
	service = MVCResourceCommand.class
)
public class PartnerHubTokenMVCResourceCommand extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		resourceResponse.setContentType("application/json");
		resourceResponse.setProperty("Cache-Control", "no-store");

		User user = themeDisplay.getUser();

		if (!themeDisplay.isSignedIn() || (user == null)) {
			resourceResponse.setProperty(
				ResourceResponse.HTTP_STATUS_CODE, "401");

			return;
		}

		PortalToken portalToken = _portalTokenIssuer.issue(user);

		JSONObject jsonObject = _jsonFactory.createJSONObject();

		jsonObject.put(
			"expiresAt", portalToken.getExpiresAtEpochSecond()
		).put(
			"token", portalToken.getToken()
		);

		PrintWriter printWriter = resourceResponse.getWriter();

		printWriter.write(jsonObject.toString());
	}

	@Reference
	private JSONFactory _jsonFactory;

	@Reference
	private PortalTokenIssuer _portalTokenIssuer;

}
