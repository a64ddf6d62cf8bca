package com.partnerhub.portal.connector.notification;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.notifications.BaseUserNotificationHandler;
import com.liferay.portal.kernel.notifications.UserNotificationHandler;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.HtmlUtil;

import com.partnerhub.portal.connector.constants.PartnerHubPortletKeys;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Shows Partner Hub's notifications in the portal's own bell: the line the service wrote, in German or English as the
 * page is read (the person's profile language for any other), linking to the Partner Hub page at the order, invitation or transfer (see {@link PartnerHubNotificationRelay}).
 */
@Component(
	property = "javax.portlet.name=" + PartnerHubPortletKeys.ORDERS,
	service = UserNotificationHandler.class
)
public class PartnerHubUserNotificationHandler
	extends BaseUserNotificationHandler {

	public PartnerHubUserNotificationHandler() {
		setPortletId(PartnerHubPortletKeys.ORDERS);
	}

	PartnerHubUserNotificationHandler(JSONFactory jsonFactory) {
		this();

		_jsonFactory = jsonFactory;
	}

	@Override
	protected String getBody(
			UserNotificationEvent userNotificationEvent,
			ServiceContext serviceContext)
		throws Exception {

		JSONObject payload = _jsonFactory.createJSONObject(
			userNotificationEvent.getPayload());

		// German or English as the portal page is; the person's profile language otherwise
		String language = ((serviceContext == null) || (serviceContext.getLocale() == null)) ? "" :
			serviceContext.getLocale().getLanguage();
		String title = payload.getString("title." + language);

		if ((title == null) || title.isEmpty()) {
			title = payload.getString("title");
		}

		return "<div class=\"title\">" + HtmlUtil.escape(title) + "</div>";
	}

	@Override
	protected String getLink(
			UserNotificationEvent userNotificationEvent,
			ServiceContext serviceContext)
		throws Exception {

		JSONObject payload = _jsonFactory.createJSONObject(
			userNotificationEvent.getPayload());

		return payload.getString("link");
	}

	@Reference
	private JSONFactory _jsonFactory;

}
