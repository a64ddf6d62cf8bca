package com.partnerhub.portal.orders.web.portlet;

import com.partnerhub.portal.connector.constants.PartnerHubPortletKeys;
import com.partnerhub.portal.connector.display.BasePartnerHubPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

/** Partner Hub Orders: renders the <ph-portlet view="orders"> custom element for the signed-in user. */
@Component(
	property = {
		"com.liferay.portlet.display-category=category.partner-hub",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Partner Hub Orders",
		"javax.portlet.init-param.template-path=/",
		"javax.portlet.init-param.view-template=/view.jsp",
		"javax.portlet.name=" + PartnerHubPortletKeys.ORDERS,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class OrdersPortlet extends BasePartnerHubPortlet {

	@Override
	protected String getDefaultView() {
		return "orders";
	}

}
