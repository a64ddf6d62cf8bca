package com.partnerhub.portal.connector.display;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import com.partnerhub.portal.connector.token.PortalTokenIssuer;

import java.io.IOException;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Reference;

/**
 * Every Partner Hub portlet renders one view of the custom elements; the families differ only in their name
 * and their default view. Subclass bundles need {@code -dsannotations-options: inherit}.
 */
public abstract class BasePartnerHubPortlet extends MVCPortlet {

	@Override
	public void render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws IOException, PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		try {
			renderRequest.setAttribute(
				PartnerHubDisplayContext.class.getName(),
				new PartnerHubDisplayContext(
					portalTokenIssuer.getConfiguration(), renderResponse,
					themeDisplay.getLocale(),
					ParamUtil.getString(renderRequest, "view", getDefaultView())));
		}
		catch (PortalException portalException) {
			throw new PortletException(portalException);
		}

		super.render(renderRequest, renderResponse);
	}

	/** The view this family shows first: {@code orders}, {@code sites}, {@code inbox}. */
	protected abstract String getDefaultView();

	@Reference
	protected PortalTokenIssuer portalTokenIssuer;

}
