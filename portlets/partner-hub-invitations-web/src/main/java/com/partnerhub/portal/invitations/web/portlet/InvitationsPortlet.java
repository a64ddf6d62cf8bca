package com.partnerhub.portal.invitations.web.portlet;

import com.partnerhub.portal.connector.constants.PartnerHubPortletKeys;
import com.partnerhub.portal.connector.display.BasePartnerHubPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

/** Partner Hub Invitations: renders the <ph-portlet view="inbox"> custom element for the signed-in user. */
@Component(
	property = {
		"com.liferay.portlet.display-category=category.partner-hub",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Partner Hub Invitations",
		"javax.portlet.init-param.template-path=/",
		"javax.portlet.init-param.view-template=/view.jsp",
		"javax.portlet.name=" + PartnerHubPortletKeys.INVITATIONS,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class InvitationsPortlet extends BasePartnerHubPortlet {

	@Override
	protected String getDefaultView() {
		return "inbox";
	}

}
