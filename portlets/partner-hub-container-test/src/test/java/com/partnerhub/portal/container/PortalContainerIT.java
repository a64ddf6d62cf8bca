package com.partnerhub.portal.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.cluster.ClusterMasterExecutor;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;
import com.liferay.portal.kernel.cache.MultiVMPool;
import com.liferay.portal.kernel.cache.PortalCache;
import com.liferay.portal.kernel.service.LayoutSetLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.VirtualHostLocalService;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import javax.servlet.ServletContext;

import org.apache.jasper.JspC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * The built bundles in a container shaped like the GA112 portal: they resolve against exactly what release.portal.api
 * exports, every component activates with the portal's services present, the System Settings form is valid metatype
 * in both languages, and the JSPs compile with Jasper against Liferay's tag libraries. A bundle that imports
 * {@code jakarta.portlet} (which GA112 does not have) must fail here.
 */
class PortalContainerIT {

	static final String CONNECTOR = "com.partnerhub.portal.connector";

	static final List<String> BUNDLES = List.of(
		"partner-hub-connector", "partner-hub-orders-web", "partner-hub-sites-web", "partner-hub-invitations-web");

	@Test
	void everyBundleResolvesAndEveryComponentIsActive() throws Exception {
		try (PortalContainer container = portal()) {
			for (String bundle : BUNDLES) {
				container.install(bundleFile(bundle));
			}

			assertThat(container.startAll()).isEmpty();

			for (String bundle : BUNDLES) {
				assertThat(container.bundle(symbolicName(bundle)).getState()).as(bundle).isEqualTo(Bundle.ACTIVE);
			}

			assertThat(container.componentStates(CONNECTOR)).containsKeys(
				"com.partnerhub.portal.connector.token.PortalTokenIssuer",
				"com.partnerhub.portal.connector.web.PartnerHubTokenMVCResourceCommand",
				"com.partnerhub.portal.connector.web.PartnerHubJSImportMapsContributor",
				"com.partnerhub.portal.connector.notification.PartnerHubUserNotificationHandler",
				"com.partnerhub.portal.connector.configuration.PartnerHubConfigurationCategory");
			// the site access endpoint is a whiteboard servlet at /o/partner-hub-site-access
			org.osgi.framework.ServiceReference<?>[] servlets = container.context().getServiceReferences(
				"javax.servlet.Servlet", "(osgi.http.whiteboard.servlet.pattern=/partner-hub-site-access/*)");

			assertThat(servlets).hasSize(1);
			assertThat(container.context().getService(servlets[0]).getClass().getName())
				.isEqualTo("com.partnerhub.portal.connector.site.PartnerHubSiteAccessServlet");
			assertThat(container.componentStates(CONNECTOR))
				.containsEntry("com.partnerhub.portal.connector.site.PartnerHubSiteAccessServlet", "ACTIVE");

			assertThat(container.componentStates("com.partnerhub.portal.orders.web"))
				.containsEntry("com.partnerhub.portal.orders.web.portlet.OrdersPortlet", "ACTIVE");
		}
	}

	@Test
	void theNotificationRelayRunsWithoutAnyoneAskingForIt() throws Exception {
		// nothing in the portal looks the relay up: unless it is immediate, it never starts
		try (PortalContainer container = portal()) {
			container.install(bundleFile("partner-hub-connector"));
			container.bundle(CONNECTOR).start();

			assertThat(container.componentStates(CONNECTOR))
				.containsEntry("com.partnerhub.portal.connector.notification.PartnerHubNotificationRelay", "ACTIVE");
		}
	}

	@Test
	void aBundleThatImportsJakartaPortletIsRefusedWithTheRequirementNamed(@TempDir Path dir) throws Exception {
		File copy = withExtraImport(bundleFile("partner-hub-orders-web"), "jakarta.portlet", dir);

		try (PortalContainer container = portal()) {
			container.install(bundleFile("partner-hub-connector"));
			container.install(copy);

			List<String> problems = container.startAll();

			assertThat(problems).hasSize(1);
			assertThat(problems.get(0)).startsWith("com.partnerhub.portal.orders.web does not resolve")
				.contains("osgi.wiring.package=jakarta.portlet");
		}
	}

	@Test
	void aBundleCompiledAgainstANewerPortalIsRefusedAtInstall(@TempDir Path dir) throws Exception {
		// the imports carry version ranges: a kernel util of another major version does not satisfy them
		File copy = withImports(
			bundleFile("partner-hub-orders-web"),
			imports -> imports.replace("com.liferay.portal.kernel.util;version=\"[74.0,75)\"",
				"com.liferay.portal.kernel.util;version=\"[75.0,76)\""),
			dir);

		try (PortalContainer container = portal()) {
			container.install(bundleFile("partner-hub-connector"));
			container.install(copy);

			assertThat(String.join("\n", container.startAll()))
				.contains("com.partnerhub.portal.orders.web does not resolve")
				.contains("com.liferay.portal.kernel.util");
		}
	}

	@Test
	void theSystemSettingsFormIsValidMetatypeInGermanAndEnglish() throws Exception {
		try (PortalContainer container = portal()) {
			container.install(bundleFile("partner-hub-connector"));
			assertThat(container.startAll()).isEmpty();

			// MetaType 1.4 lives in its bundle (the portal API has 1.3): reached through the bundle's classes
			Bundle metatype = metatypeBundle(container);
			Class<?> serviceType = metatype.loadClass("org.osgi.service.metatype.MetaTypeService");
			// all references: the system bundle sees MetaType 1.3, the service speaks 1.4
			Object service = container.context().getService(
				container.context().getAllServiceReferences(serviceType.getName(), null)[0]);
			Object information = serviceType.getMethod("getMetaTypeInformation", Bundle.class)
				.invoke(service, container.bundle(CONNECTOR));
			Class<?> informationType = metatype.loadClass("org.osgi.service.metatype.MetaTypeInformation");
			String[] pids = (String[])informationType.getMethod("getPids").invoke(information);

			assertThat(pids).containsExactly("com.partnerhub.portal.connector.configuration.PartnerHubConfiguration");

			Map<String, String> keys = attributeNames(metatype, information, pids[0], "en");

			assertThat(keys).containsKeys(
				"serviceURL", "tokenIssuer", "tokenSigningKey", "tokenLifetimeSeconds", "adminRoleNames",
				"providerStaffRoleNames", "agencyRoleNames", "pageURL", "notificationRelaySeconds");

			// System Settings words each field with the bundle's language keys, as Liferay's form does
			Bundle connector = container.bundle(CONNECTOR);
			java.util.Properties english = languageKeys(connector, "content/Language.properties");
			java.util.Properties german = languageKeys(connector, "content/Language_de.properties");

			for (String key : keys.values()) {
				assertThat(english.getProperty(key)).as("English label of " + key).isNotBlank();
				assertThat(german.getProperty(key)).as("German label of " + key).isNotBlank();
			}

			assertThat(english.getProperty(keys.get("serviceURL"))).isEqualTo("Service URL");
			assertThat(german.getProperty(keys.get("tokenLifetimeSeconds")))
				.isNotEqualTo(english.getProperty(keys.get("tokenLifetimeSeconds")));
		}
	}

	private static java.util.Properties languageKeys(Bundle bundle, String path) throws IOException {
		java.util.Properties properties = new java.util.Properties();

		try (java.io.Reader reader = new java.io.InputStreamReader(
				bundle.getEntry(path).openStream(), java.nio.charset.StandardCharsets.UTF_8)) {

			properties.load(reader);
		}

		return properties;
	}

	@Test
	void theJspsCompileWithJasperAgainstLiferaysTagLibraries(@TempDir Path dir) throws Exception {
		for (String bundle : List.of("partner-hub-orders-web", "partner-hub-sites-web", "partner-hub-invitations-web")) {
			Path root = unpackResources(bundleFile(bundle), dir.resolve(bundle));
			Path out = dir.resolve(bundle + "-compiled");

			JspC jspc = jspc(root, out, bundleFile(bundle));

			jspc.execute();

			try (var compiled = Files.walk(out)) {
				assertThat(compiled.map(Path::toString).filter(p -> p.endsWith("view_jsp.class")).collect(Collectors.toList()))
					.as(bundle).hasSize(1);
			}
		}
	}

	@Test
	void aJspThatUsesAnUnknownTagDoesNotCompile(@TempDir Path dir) throws Exception {
		Path root = unpackResources(bundleFile("partner-hub-orders-web"), dir.resolve("broken"));
		Path view = root.resolve("view.jsp");

		Files.writeString(view, Files.readString(view).replace("<portlet:defineObjects />", "<portlet:noSuchTag />"));

		List<String> logged = new ArrayList<>();
		java.util.logging.Logger jasper = java.util.logging.Logger.getLogger("org.apache.jasper");
		java.util.logging.Handler handler = new java.util.logging.Handler() {

			@Override
			public void publish(java.util.logging.LogRecord record) {
				logged.add(String.valueOf(record.getThrown() == null ? record.getMessage() : record.getThrown().getMessage()));
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}

		};

		jasper.addHandler(handler);

		try {
			JspC jspc = jspc(root, dir.resolve("broken-compiled"), bundleFile("partner-hub-orders-web"));

			org.assertj.core.api.Assertions.assertThatThrownBy(jspc::execute).hasMessageContaining("errors");
			assertThat(String.join("\n", logged)).contains("noSuchTag");
		}
		finally {
			jasper.removeHandler(handler);
		}
	}

	private static JspC jspc(Path root, Path out, File bundle) {
		JspC jspc = new JspC();

		jspc.setUriroot(root.toString());
		jspc.setOutputDir(out.toString());
		jspc.setClassPath(String.join(File.pathSeparator,
			PortalContainer.portalApiJar().getPath(), bundleFile("partner-hub-connector").getPath(), bundle.getPath()));
		jspc.setCompile(true);
		jspc.setFailOnError(true);
		jspc.setCompilerSourceVM("11");
		jspc.setCompilerTargetVM("11");

		return jspc;
	}

	/** The portal as the bundles meet it: the services they reference, here as doubles. */
	static PortalContainer portal() throws Exception {
		PortalContainer container = new PortalContainer();
		ConfigurationProvider configurationProvider = mock(ConfigurationProvider.class);

		when(configurationProvider.getSystemConfiguration(org.mockito.ArgumentMatchers.any())).thenAnswer(
			invocation -> defaults(invocation.getArgument(0)));

		ServletContext servletContext = mock(ServletContext.class);

		when(servletContext.getContextPath()).thenReturn("/o/partner-hub");

		container.register(ConfigurationProvider.class, configurationProvider);
		container.register(ClusterMasterExecutor.class, mock(ClusterMasterExecutor.class));
		container.register(CompanyLocalService.class, mock(CompanyLocalService.class));
		container.register(JSONFactory.class, mock(JSONFactory.class));
		container.register(RoleLocalService.class, mock(RoleLocalService.class));
		container.register(UserLocalService.class, mock(UserLocalService.class));
		container.register(UserNotificationEventLocalService.class, mock(UserNotificationEventLocalService.class));
		container.register(LayoutSetLocalService.class, mock(LayoutSetLocalService.class));
		container.register(UserGroupRoleLocalService.class, mock(UserGroupRoleLocalService.class));
		container.register(VirtualHostLocalService.class, mock(VirtualHostLocalService.class));

		MultiVMPool multiVMPool = mock(MultiVMPool.class);

		org.mockito.Mockito.doReturn(mock(PortalCache.class)).when(multiVMPool).getPortalCache(org.mockito.ArgumentMatchers.anyString());
		container.register(MultiVMPool.class, multiVMPool);
		container.register(ServletContext.class, servletContext, "osgi.web.symbolicname", CONNECTOR);

		return container;
	}

	/** A configuration as System Settings shows it before the admin changes anything: every field at its default. */
	static Object defaults(Class<?> type) {
		return java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
			Meta.AD field = method.getAnnotation(Meta.AD.class);

			if (field == null) {
				throw new UnsupportedOperationException(method.getName());
			}

			String value = field.deflt();

			if (method.getReturnType() == int.class) {
				return Integer.parseInt(value);
			}

			if (method.getReturnType() == String[].class) {
				return value.isEmpty() ? new String[0] : value.split("\\|");
			}

			return value;
		});
	}

	static File bundleFile(String module) {
		File file = new File(
			System.getProperty("bundles.dir"),
			module + "/target/" + module + "-" + System.getProperty("bundles.version") + ".jar");

		assertThat(file).as("built bundle").exists();

		return file;
	}

	private static String symbolicName(String module) throws IOException {
		try (JarFile jar = new JarFile(bundleFile(module))) {
			return jar.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
		}
	}

	private static Bundle metatypeBundle(PortalContainer container) {
		for (Bundle bundle : container.context().getBundles()) {
			if ("org.apache.felix.metatype".equals(bundle.getSymbolicName())) {
				return bundle;
			}
		}

		throw new IllegalStateException("no MetaType bundle");
	}

	private static Map<String, String> attributeNames(Bundle metatype, Object information, String pid, String language)
		throws Exception {

		Object definition = metatype.loadClass("org.osgi.service.metatype.MetaTypeInformation")
			.getMethod("getObjectClassDefinition", String.class, String.class).invoke(information, pid, language);
		Class<?> definitionType = metatype.loadClass("org.osgi.service.metatype.ObjectClassDefinition");
		Class<?> attributeType = metatype.loadClass("org.osgi.service.metatype.AttributeDefinition");
		Map<String, String> names = new java.util.TreeMap<>();

		for (Object attribute : (Object[])definitionType.getMethod("getAttributeDefinitions", int.class).invoke(definition, -1)) {
			names.put(
				(String)attributeType.getMethod("getID").invoke(attribute),
				(String)attributeType.getMethod("getName").invoke(attribute));
		}

		return names;
	}

	private static File withExtraImport(File bundle, String pkg, Path dir) throws IOException {
		return withImports(bundle, imports -> imports + "," + pkg, dir);
	}

	private static File withImports(File bundle, java.util.function.UnaryOperator<String> change, Path dir)
		throws IOException {

		File copy = dir.resolve(bundle.getName()).toFile();

		try (JarFile jar = new JarFile(bundle)) {
			Manifest manifest = new Manifest(jar.getManifest());
			Attributes main = manifest.getMainAttributes();

			main.putValue("Import-Package", change.apply(main.getValue("Import-Package")));

			try (OutputStream file = Files.newOutputStream(copy.toPath());
				 JarOutputStream out = new JarOutputStream(file, manifest)) {

				for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
					JarEntry entry = entries.nextElement();

					if (entry.getName().equals("META-INF/MANIFEST.MF")) {
						continue;
					}

					out.putNextEntry(new JarEntry(entry.getName()));

					try (InputStream in = jar.getInputStream(entry)) {
						in.transferTo(out);
					}

					out.closeEntry();
				}
			}
		}

		return copy;
	}

	/** A web bundle's META-INF/resources, as the portal serves them to its JSP servlet. */
	private static Path unpackResources(File bundle, Path root) throws IOException {
		List<String> names = new ArrayList<>();

		try (JarFile jar = new JarFile(bundle)) {
			for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
				JarEntry entry = entries.nextElement();
				String prefix = "META-INF/resources/";

				if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
					continue;
				}

				Path target = root.resolve(entry.getName().substring(prefix.length()));

				Files.createDirectories(target.getParent());

				try (InputStream in = jar.getInputStream(entry)) {
					Files.copy(in, target);
				}

				names.add(entry.getName());
			}
		}

		Files.createDirectories(root.resolve("WEB-INF"));
		assertThat(names).as("resources of " + bundle.getName()).contains("META-INF/resources/view.jsp");

		return root;
	}


}
