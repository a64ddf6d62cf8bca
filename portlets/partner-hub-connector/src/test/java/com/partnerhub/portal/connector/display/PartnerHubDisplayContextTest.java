package com.partnerhub.portal.connector.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.PortalUtil;

import com.partnerhub.portal.connector.configuration.PartnerHubConfiguration;

import java.util.Locale;

import javax.portlet.RenderResponse;
import javax.portlet.ResourceURL;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartnerHubDisplayContextTest {

	private final PartnerHubConfiguration _configuration = mock(PartnerHubConfiguration.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final ResourceURL _resourceURL = mock(ResourceURL.class);

	@BeforeEach
	void setUp() {
		Portal portal = mock(Portal.class);
		when(portal.getPathModule()).thenReturn("/o");
		new PortalUtil().setPortal(portal);
		when(_renderResponse.createResourceURL()).thenReturn(_resourceURL);
		when(_resourceURL.toString()).thenReturn("/web/guest/home?p_p_resource_id=%2Fpartner-hub%2Ftoken");
		when(_configuration.serviceURL()).thenReturn(" https://partnerhub.example.com/ ");
	}

	@Test
	void handsTheElementEverythingItNeeds() {
		PartnerHubDisplayContext context = new PartnerHubDisplayContext(
			_configuration, _renderResponse, Locale.GERMANY, "new-order");

		assertThat(context.getServiceURL()).isEqualTo("https://partnerhub.example.com");
		assertThat(context.getTokenURL()).contains("p_p_resource_id");
		verify(_resourceURL).setResourceID("/partner-hub/token");
		assertThat(context.getLanguageId()).isEqualTo("de-DE");
		assertThat(context.getView()).isEqualTo("new-order");
		assertThat(context.getScriptURL()).startsWith("/o/partner-hub/partner-hub/ui/ph-portlet.js?v=0.1.0-SNAPSHOT-")
			.matches(".*-\\d{14}");
	}

	@Test
	void unknownViewsFallBackToTheOrderList() {
		assertThat(new PartnerHubDisplayContext(_configuration, _renderResponse, Locale.ENGLISH, "<script>").getView())
			.isEqualTo("orders");
	}

}
