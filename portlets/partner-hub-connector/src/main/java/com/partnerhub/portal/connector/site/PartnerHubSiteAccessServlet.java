package com.partnerhub.portal.connector.site;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.cache.MultiVMPool;
import com.liferay.portal.kernel.cache.PortalCache;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.service.LayoutSetLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.VirtualHostLocalService;

import com.partnerhub.portal.connector.configuration.PartnerHubConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The endpoint Partner Hub posts site access changes to ({@code POST /o/partner-hub-site-access}), registered there
 * by the admin as a webhook for {@code transfer.accepted}, {@code invitation.accepted}, {@code collaborator.changed}
 * and {@code collaborator.removed}. An event changes the portal's sites only when it is signed with the configured
 * secret and fresh; one already applied (same {@code webhook-id}, remembered across the cluster for longer than a
 * signature stays fresh) is acknowledged and changes nothing.
 */
@Component(
	property = {
		"osgi.http.whiteboard.servlet.name=com.partnerhub.portal.connector.site.PartnerHubSiteAccessServlet",
		"osgi.http.whiteboard.servlet.pattern=/partner-hub-site-access/*"
	},
	service = Servlet.class
)
public class PartnerHubSiteAccessServlet extends HttpServlet {

	/** The event types whose {@code access} this endpoint applies. */
	public static final Set<String> TYPES = Set.of(
		"transfer.accepted", "invitation.accepted", "collaborator.changed",
		"collaborator.removed");

	public PartnerHubSiteAccessServlet() {
	}

	PartnerHubSiteAccessServlet(
		ConfigurationProvider configurationProvider, PortalCache<String, String> applied,
		SiteAccessMirror siteAccessMirror, Clock clock) {

		_configurationProvider = configurationProvider;
		_applied = applied;
		_siteAccessMirror = siteAccessMirror;
		_clock = clock;
	}

	@Activate
	@SuppressWarnings("unchecked")
	protected void activate() {
		_applied = (PortalCache<String, String>)_multiVMPool.getPortalCache(
			PartnerHubSiteAccessServlet.class.getName());
		_siteAccessMirror = new SiteAccessMirror(
			_layoutSetLocalService, _roleLocalService, _userGroupRoleLocalService,
			_userLocalService, _virtualHostLocalService);
	}

	@Override
	protected void doPost(
			HttpServletRequest request, HttpServletResponse response)
		throws IOException {

		String body;

		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes(_MAX_BODY + 1);

			if (bytes.length > _MAX_BODY) {
				_answer(response, 413, "the event is larger than 1 MB");

				return;
			}

			body = new String(bytes, StandardCharsets.UTF_8);
		}

		try {
			PartnerHubConfiguration configuration =
				_configurationProvider.getSystemConfiguration(
					PartnerHubConfiguration.class);

			String id = request.getHeader("webhook-id");
			String refusal = new SiteAccessSignature(
				configuration.siteAccessSecret()
			).refusal(
				id, request.getHeader("webhook-timestamp"),
				request.getHeader("webhook-signature"), body, _clock.instant()
			);

			if (refusal != null) {
				_log.warn("Refused a Partner Hub site access event: " + refusal);

				_answer(response, 401, refusal);

				return;
			}

			if (_applied.get(id) != null) {
				response.setStatus(204);

				return;
			}

			Map<String, Object> event;

			try {
				event = JsonUtil.parseJson(body);
			}
			catch (JoseException | ClassCastException exception) {
				_answer(response, 400, "the event is not a JSON object");

				return;
			}

			Object data = event.get("data");
			Object access = (data instanceof Map<?, ?>) ? ((Map<?, ?>)data).get("access") : null;

			if (TYPES.contains(event.get("type")) && (access instanceof Map<?, ?>)) {
				List<String> report = _siteAccessMirror.apply(
					(Map<?, ?>)access, configuration);

				if (_log.isInfoEnabled()) {
					_log.info("Partner Hub event " + id + ": " + report);
				}
			}

			// remembered past the signature's freshness, so no replay inside it is applied twice
			_applied.put(id, String.valueOf(event.get("type")), _REMEMBER_SECONDS);

			response.setStatus(204);
		}
		catch (Exception exception) {
			// Partner Hub sends the event again later
			_log.error("A Partner Hub site access event could not be applied", exception);

			_answer(response, 500, "the event could not be applied; it will be sent again");
		}
	}

	private static void _answer(
			HttpServletResponse response, int status, String detail)
		throws IOException {

		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(
			"{\"status\":" + status + ",\"detail\":\"" +
				detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}

	private static final int _MAX_BODY = 1 << 20;

	private static final int _REMEMBER_SECONDS =
		(int)SiteAccessSignature.TOLERANCE.getSeconds() * 3;

	private static final Log _log = LogFactoryUtil.getLog(
		PartnerHubSiteAccessServlet.class);

	private PortalCache<String, String> _applied;
	private Clock _clock = Clock.systemUTC();

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private LayoutSetLocalService _layoutSetLocalService;

	@Reference
	private MultiVMPool _multiVMPool;

	@Reference
	private RoleLocalService _roleLocalService;

	private SiteAccessMirror _siteAccessMirror;

	@Reference
	private UserGroupRoleLocalService _userGroupRoleLocalService;

	@Reference
	private UserLocalService _userLocalService;

	@Reference
	private VirtualHostLocalService _virtualHostLocalService;

}
