package com.partnerhub.portal.sites.web.portlet;

import com.partnerhub.portal.connector.constants.PartnerHubPortletKeys;
import com.partnerhub.portal.connector.display.BasePartnerHubPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

/** Partner Hub Sites and Collaborators: renders the <ph-portlet view="sites"> custom element for the signed-in user. */
@Component(
	property = {
		"com.liferay.portlet.display-category=category.partner-hub",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Partner Hub Sites and Collaborators",
		"javax.portlet.init-param.template-path=/",
		"javax.portlet.init-param.view-template=/view.jsp",
		"javax.portlet.name=" + PartnerHubPortletKeys.SITES,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class SitesPortlet extends BasePartnerHubPortlet {

	@Override
	protected String getDefaultView() {
		return "sites";
	}

}
