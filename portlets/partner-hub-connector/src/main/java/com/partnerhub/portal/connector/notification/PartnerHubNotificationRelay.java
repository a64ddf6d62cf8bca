package com.partnerhub.portal.connector.notification;

import com.liferay.portal.kernel.cluster.ClusterMasterExecutor;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import com.partnerhub.portal.connector.configuration.PartnerHubConfiguration;
import com.partnerhub.portal.connector.constants.PartnerHubPortletKeys;
import com.partnerhub.portal.connector.token.PortalIdentity;
import com.partnerhub.portal.connector.token.PortalTokenFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jose4j.json.JsonUtil;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Brings Partner Hub's notifications into the portal's own bell: every few seconds (System Settings → Partner Hub →
 * Notification Relay Interval) the cluster's master node fetches those the portal does not have yet
 * ({@code GET /api/v1/admin/notifications}, with a token of its own that carries the first admin role), sends each to
 * the portal user with that e-mail address through {@link UserNotificationEventLocalService}, and acknowledges them
 * ({@code POST /api/v1/admin/notifications/relayed}). A node that stops before acknowledging fetches the same ones
 * again: a notification may show twice, never not at all.
 */
@Component(immediate = true, service = PartnerHubNotificationRelay.class)
public class PartnerHubNotificationRelay {

	/** The identity the relay signs its own requests with. */
	public static final String RELAY_EMAIL = "partner-hub-relay@portal.invalid";

	public PartnerHubNotificationRelay() {
	}

	PartnerHubNotificationRelay(
		ConfigurationProvider configurationProvider,
		ClusterMasterExecutor clusterMasterExecutor,
		CompanyLocalService companyLocalService, JSONFactory jsonFactory,
		UserLocalService userLocalService,
		UserNotificationEventLocalService userNotificationEventLocalService) {

		_configurationProvider = configurationProvider;
		_clusterMasterExecutor = clusterMasterExecutor;
		_companyLocalService = companyLocalService;
		_jsonFactory = jsonFactory;
		_userLocalService = userLocalService;
		_userNotificationEventLocalService = userNotificationEventLocalService;
	}

	@Activate
	protected void activate() throws Exception {
		int seconds = _configuration().notificationRelaySeconds();

		if (seconds <= 0) {
			return;
		}

		_scheduler = Executors.newSingleThreadScheduledExecutor(
			runnable -> {
				Thread thread = new Thread(runnable, "partner-hub-relay");

				thread.setDaemon(true);

				return thread;
			});

		_scheduler.scheduleWithFixedDelay(
			this::_relaySafely, seconds, seconds, TimeUnit.SECONDS);
	}

	@Deactivate
	protected void deactivate() {
		if (_scheduler != null) {
			_scheduler.shutdownNow();
		}
	}

	/** One round: fetch, deliver, acknowledge. Returns how many reached a portal user. */
	public int relayOnce() throws Exception {
		if (!_clusterMasterExecutor.isMaster()) {
			return 0;
		}

		PartnerHubConfiguration configuration = _configuration();

		String[] adminRoles = configuration.adminRoleNames();

		String token = _portalTokenFactory.mint(
			configuration,
			new PortalIdentity(
				0, RELAY_EMAIL, "Partner Hub portal relay", Locale.ENGLISH,
				(adminRoles.length == 0) ? List.of() : List.of(adminRoles[0]))
		).getToken();

		String base = _trimSlash(configuration.serviceURL());

		HttpResponse<String> listed = _http.send(
			HttpRequest.newBuilder(
				URI.create(base + "/api/v1/admin/notifications?limit=100")
			).timeout(
				_TIMEOUT
			).header(
				"Authorization", "Bearer " + token
			).GET(
			).build(),
			HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		if (listed.statusCode() != 200) {
			throw new IllegalStateException(
				"Partner Hub answered " + listed.statusCode() +
					" to the notification relay: " + listed.body());
		}

		Object parsed = JsonUtil.parseJson(
			"{\"items\":" + listed.body() + "}"
		).get(
			"items"
		);

		List<?> items = (parsed instanceof List<?>) ? (List<?>)parsed : List.of();

		List<Long> done = new ArrayList<>();
		int delivered = 0;

		for (Object item : items) {
			Map<?, ?> notification = (Map<?, ?>)item;

			String email = String.valueOf(notification.get("recipientEmail"));

			for (Company company : _companyLocalService.getCompanies()) {
				User user = _userLocalService.fetchUserByEmailAddress(
					company.getCompanyId(), email);

				if (user == null) {
					continue;
				}

				JSONObject payload = _jsonFactory.createJSONObject();

				payload.put("title", String.valueOf(notification.get("title")));

				// the bell words it in the language of the page it is read on
				Object titles = notification.get("titles");

				if (titles instanceof Map<?, ?>) {
					for (Map.Entry<?, ?> title : ((Map<?, ?>)titles).entrySet()) {
						payload.put("title." + title.getKey(), String.valueOf(title.getValue()));
					}
				}
				payload.put(
					"link",
					configuration.pageURL() +
						String.valueOf(notification.get("link")));
				payload.put("kind", String.valueOf(notification.get("kind")));

				_userNotificationEventLocalService.sendUserNotificationEvents(
					user.getUserId(), PartnerHubPortletKeys.ORDERS,
					UserNotificationDeliveryConstants.TYPE_WEBSITE, payload);

				delivered++;
			}

			done.add(((Number)notification.get("id")).longValue());
		}

		if (!done.isEmpty()) {
			HttpResponse<Void> acknowledged = _http.send(
				HttpRequest.newBuilder(
					URI.create(base + "/api/v1/admin/notifications/relayed")
				).timeout(
					_TIMEOUT
				).header(
					"Authorization", "Bearer " + token
				).header(
					"Content-Type", "application/json"
				).POST(
					HttpRequest.BodyPublishers.ofString("{\"ids\":" + done + "}")
				).build(),
				HttpResponse.BodyHandlers.discarding());

			if ((acknowledged.statusCode() / 100) != 2) {

				// they are fetched and shown again next round

				throw new IllegalStateException(
					"Partner Hub answered " + acknowledged.statusCode() +
						" to the relay's acknowledgement");
			}
		}

		return delivered;
	}

	private PartnerHubConfiguration _configuration() throws Exception {
		return _configurationProvider.getSystemConfiguration(
			PartnerHubConfiguration.class);
	}

	private void _relaySafely() {
		try {
			relayOnce();
		}
		catch (Exception exception) {
			_log.warn(
				"Partner Hub's notifications could not be relayed this round",
				exception);
		}
	}

	private static String _trimSlash(String url) {
		String trimmed = url.trim();

		return trimmed.endsWith("/") ?
			trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	private static final Duration _TIMEOUT = Duration.ofSeconds(10);

	private static final Log _log = LogFactoryUtil.getLog(
		PartnerHubNotificationRelay.class);

	@Reference
	private ClusterMasterExecutor _clusterMasterExecutor;

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private ConfigurationProvider _configurationProvider;

	private final HttpClient _http = HttpClient.newBuilder(
	).connectTimeout(
		_TIMEOUT
	).version(
		HttpClient.Version.HTTP_1_1
	).build();

	@Reference
	private JSONFactory _jsonFactory;

	private final PortalTokenFactory _portalTokenFactory =
		new PortalTokenFactory(Clock.systemUTC());

	private ScheduledExecutorService _scheduler;

	@Reference
	private UserLocalService _userLocalService;

	@Reference
	private UserNotificationEventLocalService
		_userNotificationEventLocalService;

}
