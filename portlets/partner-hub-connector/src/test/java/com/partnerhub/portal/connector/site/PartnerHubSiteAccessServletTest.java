package com.partnerhub.portal.connector.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.cache.PortalCache;

import com.partnerhub.portal.connector.configuration.PartnerHubConfiguration;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only a genuine, fresh event that was not applied before reaches the portal's sites. */
class PartnerHubSiteAccessServletTest {

	static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
	static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
	static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
	static final String BODY =
		"{\"type\":\"transfer.accepted\",\"timestamp\":\"2026-12-02T09:59:58Z\",\"data\":{\"eventId\":7," +
			"\"access\":{\"sites\":[{\"id\":3,\"domain\":\"blumen.example\"}],\"grant\":[{\"email\":" +
				"\"clara@kunde-eins.example\",\"siteRole\":\"OWNER\",\"permissions\":[]}],\"revoke\":[]}}}";

	final SiteAccessMirror mirror = mock(SiteAccessMirror.class);
	final Map<String, String> remembered = new HashMap<>();
	PartnerHubSiteAccessServlet servlet;
	PartnerHubConfiguration configuration;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void setUp() throws Exception {
		configuration = mock(PartnerHubConfiguration.class);
		when(configuration.siteAccessSecret()).thenReturn(SECRET);

		ConfigurationProvider provider = mock(ConfigurationProvider.class);

		when(provider.getSystemConfiguration(PartnerHubConfiguration.class)).thenReturn(configuration);

		PortalCache<String, String> cache = mock(PortalCache.class);

		when(cache.get(anyString())).thenAnswer(i -> remembered.get(i.getArgument(0)));
		org.mockito.Mockito.doAnswer(i -> remembered.put(i.getArgument(0), i.getArgument(1)))
			.when(cache).put(anyString(), anyString(), anyInt());

		servlet = new PartnerHubSiteAccessServlet(provider, cache, mirror, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void aSignedFreshEventIsAppliedOnceAndItsReplayIsAcknowledgedWithoutChangingAnything() throws Exception {
		long ts = NOW.getEpochSecond() - 2;

		assertThat(post("msg_7", ts, sign("msg_7", ts, BODY), BODY)).isEqualTo(204);
		verify(mirror, times(1)).apply(any(), any());
		assertThat(remembered).containsEntry("msg_7", "transfer.accepted");

		// the same event again, even signed anew (the service's retry), is not applied again
		assertThat(post("msg_7", ts + 1, sign("msg_7", ts + 1, BODY), BODY)).isEqualTo(204);
		verify(mirror, times(1)).apply(any(), any());
	}

	@Test
	void anUnsignedOrWronglySignedEventChangesNothing() throws Exception {
		long ts = NOW.getEpochSecond();

		assertThat(post("msg_7", ts, null, BODY)).isEqualTo(401);
		assertThat(post("msg_7", ts, "v1," + Base64.getEncoder().encodeToString(new byte[32]), BODY)).isEqualTo(401);
		assertThat(post("msg_7", ts, sign("msg_7", ts, BODY), BODY.replace("clara", "mallory"))).isEqualTo(401);

		when(configuration.siteAccessSecret()).thenReturn("");
		assertThat(post("msg_7", ts, sign("msg_7", ts, BODY), BODY)).as("no secret configured").isEqualTo(401);

		verify(mirror, never()).apply(any(), any());
		assertThat(remembered).isEmpty();
	}

	@Test
	void aStaleEventIsRefusedEvenWithAValidSignature() throws Exception {
		long old = NOW.getEpochSecond() - 301;

		assertThat(post("msg_7", old, sign("msg_7", old, BODY), BODY)).isEqualTo(401);
		assertThat(last.toString()).contains("five minutes");
		verify(mirror, never()).apply(any(), any());
	}

	@Test
	void aSignedEventOfAnotherTypeIsAcknowledgedButChangesNoSite() throws Exception {
		String body = BODY.replace("transfer.accepted", "order.placed");
		long ts = NOW.getEpochSecond();

		assertThat(post("msg_8", ts, sign("msg_8", ts, body), body)).isEqualTo(204);
		verify(mirror, never()).apply(any(), any());
	}

	@Test
	void aFailureToApplyIsNotRememberedSoTheRetryAppliesIt() throws Exception {
		long ts = NOW.getEpochSecond();

		when(mirror.apply(any(), any())).thenThrow(new com.liferay.portal.kernel.exception.PortalException("db down"));
		assertThat(post("msg_7", ts, sign("msg_7", ts, BODY), BODY)).isEqualTo(500);
		assertThat(remembered).isEmpty();
	}

	StringWriter last;

	private int post(String id, long timestamp, String signature, String body) throws Exception {
		HttpServletRequest request = mock(HttpServletRequest.class);
		HttpServletResponse response = mock(HttpServletResponse.class);
		int[] status = {200};
		ByteArrayInputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));

		when(request.getMethod()).thenReturn("POST");
		when(request.getHeader("webhook-id")).thenReturn(id);
		when(request.getHeader("webhook-timestamp")).thenReturn(Long.toString(timestamp));
		when(request.getHeader("webhook-signature")).thenReturn(signature);
		when(request.getInputStream()).thenReturn(new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener readListener) {
			}

		});
		last = new StringWriter();
		when(response.getWriter()).thenReturn(new PrintWriter(last));
		org.mockito.Mockito.doAnswer(i -> status[0] = i.getArgument(0)).when(response).setStatus(anyInt());

		servlet.doPost(request, response);

		return status[0];
	}

	/** Signed independently of the code under test, as Standard Webhooks describes it. */
	private static String sign(String id, long timestamp, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");

		mac.init(new SecretKeySpec(KEY, "HmacSHA256"));

		return "v1," + Base64.getEncoder().encodeToString(
			mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
	}

}
