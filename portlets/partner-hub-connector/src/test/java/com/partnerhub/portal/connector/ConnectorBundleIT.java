package com.partnerhub.portal.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/** The packaged bundle is one Liferay 7.4 can resolve and show in System Settings. */
class ConnectorBundleIT {

	@Test
	void manifestImportsNothingLiferayCannotProvide() throws IOException {
		try (JarFile jar = new JarFile(new File(System.getProperty("bundle.file")))) {
			Attributes main = jar.getManifest().getMainAttributes();

			assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo("com.partnerhub.portal.connector");

			String imports = main.getValue("Import-Package");

			assertThat(imports).doesNotContain("java.lang").doesNotContain("jakarta.");
			assertThat(imports).contains("org.bouncycastle.jce.provider;resolution:=optional");
			assertThat(imports).doesNotContain("org.jose4j");
			assertThat(main.getValue("Provide-Capability")).contains("liferay.language.resources");
			assertThat(jar.getEntry("org/jose4j/jws/JsonWebSignature.class")).as("jose4j is embedded").isNotNull();
		}
	}

	@Test
	void servesTheBrowserCodeAndLitAndSharesTheTokenCommand() throws IOException {
		try (JarFile jar = new JarFile(new File(System.getProperty("bundle.file")))) {
			assertThat(jar.getManifest().getMainAttributes().getValue("Web-ContextPath")).isEqualTo("/partner-hub");
			assertThat(jar.getEntry("META-INF/resources/partner-hub/ui/ph-portlet.js")).isNotNull();
			assertThat(jar.getEntry("META-INF/resources/webjars/lit/3.2.1/index.js")).isNotNull();
			assertThat(jar.getEntry("META-INF/resources/webjars/lit__reactive-element/2.1.2/reactive-element.js")).isNotNull();

			String command = _read(jar, "OSGI-INF/com.partnerhub.portal.connector.web.PartnerHubTokenMVCResourceCommand.xml");

			assertThat(command).contains("com_partnerhub_portal_orders_web_OrdersPortlet")
				.contains("com_partnerhub_portal_sites_web_SitesPortlet")
				.contains("com_partnerhub_portal_invitations_web_InvitationsPortlet")
				.contains("/partner-hub/token");
			assertThat(_read(jar, "OSGI-INF/com.partnerhub.portal.connector.web.PartnerHubJSImportMapsContributor.xml"))
				.contains("osgi.web.symbolicname=com.partnerhub.portal.connector");
		}
	}

	@Test
	void declaresItsComponentsAndSystemSettingsForm() throws IOException {
		try (JarFile jar = new JarFile(new File(System.getProperty("bundle.file")))) {
			assertThat(jar.getManifest().getMainAttributes().getValue("Service-Component"))
				.contains("PortalTokenIssuer").contains("PartnerHubConfigurationCategory");

			String metatype = _read(
				jar, "OSGI-INF/metatype/com.partnerhub.portal.connector.configuration.PartnerHubConfiguration.xml");

			assertThat(metatype).contains("id=\"serviceURL\"").contains("id=\"tokenSigningKey\"")
				.contains("type=\"Password\"").contains("localization=\"content/Language\"");
			assertThat(_read(jar, "content/Language_de.properties")).contains("Partner-Hub-Verbindung");
			assertThat(metatype).contains("id=\"notificationRelaySeconds\"").contains("id=\"pageURL\"");
		}
	}

	@Test
	void bringsTheServicesNotificationsIntoThePortalsBell() throws IOException {
		try (JarFile jar = new JarFile(new File(System.getProperty("bundle.file")))) {
			assertThat(_read(jar, "OSGI-INF/com.partnerhub.portal.connector.notification.PartnerHubUserNotificationHandler.xml"))
				.contains("com.liferay.portal.kernel.notifications.UserNotificationHandler")
				.contains("javax.portlet.name")
				.contains("com_partnerhub_portal_orders_web_OrdersPortlet");
			assertThat(_read(jar, "OSGI-INF/com.partnerhub.portal.connector.notification.PartnerHubNotificationRelay.xml"))
				.contains("UserNotificationEventLocalService").contains("ClusterMasterExecutor").contains("activate");
			assertThat(jar.getManifest().getMainAttributes().getValue("Import-Package"))
				.contains("com.liferay.portal.kernel.notifications").contains("com.liferay.portal.kernel.cluster");
		}
	}

	private static String _read(JarFile jar, String name) throws IOException {
		assertThat(jar.getEntry(name)).as(name).isNotNull();

		try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
