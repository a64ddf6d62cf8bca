package com.partnerhub.portal.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/** The orders portlet bundle as Liferay will load it: its component, its view, its imports. */
class OrdersBundleIT {

	@Test
	void isAPortletThatRendersTheOrdersViewWithATokenFromTheConnector() throws IOException {
		try (JarFile jar = new JarFile(new File(System.getProperty("bundle.file")))) {
			Attributes main = jar.getManifest().getMainAttributes();

			assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo("com.partnerhub.portal.orders.web");
			assertThat(main.getValue("Import-Package")).contains("com.partnerhub.portal.connector.token")
				.contains("com.partnerhub.portal.connector.display").contains("javax.portlet").doesNotContain("jakarta.");

			String component = _read(jar, "OSGI-INF/com.partnerhub.portal.orders.web.portlet.OrdersPortlet.xml");

			assertThat(component).contains("com_partnerhub_portal_orders_web_OrdersPortlet")
				.contains("interface=\"com.partnerhub.portal.connector.token.PortalTokenIssuer\"")
				.contains("javax.portlet.Portlet").contains("/view.jsp");
			assertThat(_read(jar, "META-INF/resources/view.jsp")).contains("<ph-portlet").contains("getTokenURL()")
				.contains("HtmlUtil.escapeAttribute");
			assertThat(_read(jar, "content/Language_de.properties")).contains("Aufträge");
		}
	}

	private static String _read(JarFile jar, String name) throws IOException {
		assertThat(jar.getEntry(name)).as(name).isNotNull();

		try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
