package com.partnerhub.portal.connector.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.cluster.ClusterMasterExecutor;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import com.partnerhub.portal.connector.configuration.PartnerHubConfiguration;
import com.partnerhub.portal.connector.constants.PartnerHubPortletKeys;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Partner Hub's notifications in the portal's own bell: fetched, sent to the right portal users, acknowledged. */
class PartnerHubNotificationRelayTest {

	private HttpServer _service;
	private final List<String> _authorizations = Collections.synchronizedList(new ArrayList<>());
	private final List<String> _acknowledged = Collections.synchronizedList(new ArrayList<>());
	private PartnerHubConfiguration _configuration;

	@BeforeEach
	void setUp() throws Exception {
		_service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		_service.createContext("/api/v1/admin/notifications", exchange -> {
			_authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
			byte[] body;
			if (exchange.getRequestURI().getPath().endsWith("/relayed")) {
				_acknowledged.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				body = "{\"unread\":2}".getBytes(StandardCharsets.UTF_8);
			}
			else {
				body = ("[{\"id\":71,\"kind\":\"MILESTONE_DELIVERED\",\"title\":\"„Basisversion“ geliefert\"," +
					"\"titles\":{\"de\":\"„Basisversion“ geliefert\",\"en\":\"“Base version” delivered\"}," +
					"\"link\":\"?view=order&order=7\",\"recipientEmail\":\"clara@kunde-eins.example\"}," +
					"{\"id\":72,\"kind\":\"ORDER_PLACED\",\"title\":\"New order\",\"link\":\"?view=order&order=8\"," +
					"\"recipientEmail\":\"nobody@elsewhere.example\"}]").getBytes(StandardCharsets.UTF_8);
			}
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		_service.start();

		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keyPair = generator.generateKeyPair();

		_configuration = mock(PartnerHubConfiguration.class);
		when(_configuration.serviceURL()).thenReturn("http://127.0.0.1:" + _service.getAddress().getPort() + "/");
		when(_configuration.tokenIssuer()).thenReturn("https://portal.hoster.example");
		when(_configuration.tokenSigningKey()).thenReturn(
			"-----BEGIN PRIVATE KEY-----\n" +
				Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keyPair.getPrivate().getEncoded()) +
					"\n-----END PRIVATE KEY-----\n");
		when(_configuration.tokenLifetimeSeconds()).thenReturn(300);
		when(_configuration.adminRoleNames()).thenReturn(new String[] {"Administrator"});
		when(_configuration.providerStaffRoleNames()).thenReturn(new String[0]);
		when(_configuration.agencyRoleNames()).thenReturn(new String[0]);
		when(_configuration.pageURL()).thenReturn("/web/guest/partner-hub");
	}

	@AfterEach
	void tearDown() {
		_service.stop(0);
	}

	@Test
	void eachNotificationReachesThePortalUserWithItsAddressAndIsAcknowledged() throws Exception {
		ConfigurationProvider configurationProvider = mock(ConfigurationProvider.class);
		when(configurationProvider.getSystemConfiguration(PartnerHubConfiguration.class)).thenReturn(_configuration);
		ClusterMasterExecutor cluster = mock(ClusterMasterExecutor.class);
		when(cluster.isMaster()).thenReturn(true);
		Company company = mock(Company.class);
		when(company.getCompanyId()).thenReturn(20097L);
		CompanyLocalService companies = mock(CompanyLocalService.class);
		when(companies.getCompanies()).thenReturn(List.of(company));
		User clara = mock(User.class);
		when(clara.getUserId()).thenReturn(40100L);
		UserLocalService users = mock(UserLocalService.class);
		when(users.fetchUserByEmailAddress(20097L, "clara@kunde-eins.example")).thenReturn(clara);
		JSONFactory jsonFactory = mock(JSONFactory.class);
		JSONObject payload = mock(JSONObject.class);
		when(jsonFactory.createJSONObject()).thenReturn(payload);
		UserNotificationEventLocalService events = mock(UserNotificationEventLocalService.class);

		PartnerHubNotificationRelay relay = new PartnerHubNotificationRelay(
			configurationProvider, cluster, companies, jsonFactory, users, events);

		assertThat(relay.relayOnce()).isEqualTo(1);

		verify(events).sendUserNotificationEvents(
			40100L, PartnerHubPortletKeys.ORDERS, UserNotificationDeliveryConstants.TYPE_WEBSITE, payload);
		verify(payload).put("title", "„Basisversion“ geliefert");
		verify(payload).put("title.de", "„Basisversion“ geliefert");
		verify(payload).put("title.en", "“Base version” delivered");
		verify(payload).put("link", "/web/guest/partner-hub?view=order&order=7");
		assertThat(_authorizations).allMatch(a -> a.startsWith("Bearer ey"));
		assertThat(_acknowledged).containsExactly("{\"ids\":[71, 72]}");

		when(cluster.isMaster()).thenReturn(false);
		_acknowledged.clear();
		assertThat(relay.relayOnce()).as("only the cluster's master node relays").isZero();
		assertThat(_acknowledged).isEmpty();
		verify(events, times(1)).sendUserNotificationEvents(anyLong(), anyString(), anyInt(), any(JSONObject.class));
	}

	@Test
	void theBellShowsTheEscapedLineAndLinksToThePartnerHubPage() throws Exception {
		JSONFactory jsonFactory = mock(JSONFactory.class);
		JSONObject payload = mock(JSONObject.class);
		when(jsonFactory.createJSONObject(anyString())).thenReturn(payload);
		when(payload.getString("title")).thenReturn("<b>Neu</b>");
		when(payload.getString("link")).thenReturn("/web/guest/partner-hub?view=order&order=7");
		UserNotificationEvent event = mock(UserNotificationEvent.class);
		when(event.getPayload()).thenReturn("{}");

		PartnerHubUserNotificationHandler handler = new PartnerHubUserNotificationHandler(jsonFactory);

		assertThat(handler.getPortletId()).isEqualTo(PartnerHubPortletKeys.ORDERS);
		assertThat(handler.getBody(event, null)).isEqualTo("<div class=\"title\">&lt;b&gt;Neu&lt;/b&gt;</div>");

		// read on an English page: the English line; on a French one: the person's own
		when(payload.getString("title.en")).thenReturn("<b>New</b>");
		ServiceContext english = mock(ServiceContext.class);
		when(english.getLocale()).thenReturn(java.util.Locale.UK);
		ServiceContext french = mock(ServiceContext.class);
		when(french.getLocale()).thenReturn(java.util.Locale.FRANCE);

		assertThat(handler.getBody(event, english)).isEqualTo("<div class=\"title\">&lt;b&gt;New&lt;/b&gt;</div>");
		assertThat(handler.getBody(event, french)).isEqualTo("<div class=\"title\">&lt;b&gt;Neu&lt;/b&gt;</div>");
		assertThat(handler.getLink(event, null)).isEqualTo("/web/guest/partner-hub?view=order&order=7");
	}
}
