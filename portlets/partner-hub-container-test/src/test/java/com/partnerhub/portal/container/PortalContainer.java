package com.partnerhub.portal.container;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * An OSGi framework shaped like a Liferay 7.4 GA112 portal as far as a bundle can tell: Apache Felix whose system
 * bundle exports every package of {@code release.portal.api} at its version (read from the manifest of
 * {@code partner-hub-portal-api}) and offers the JSP tag libraries the portal's taglib bundles offer, with Felix SCR,
 * Config Admin and MetaType as in the portal. The portal's own services are doubles the test registers.
 */
final class PortalContainer implements AutoCloseable {

	/** Packages the framework exports itself; release.portal.api's older copies must not be offered twice. */
	private static final Pattern FRAMEWORK_OWN = Pattern.compile(
		"org\\.osgi\\.(framework|resource|dto|util\\.tracker|service\\.(packageadmin|startlevel|url|condpermadmin|" +
			"permissionadmin))(\\..*)?");

	private final Felix _felix;
	private final Path _storage;
	private final Map<String, Bundle> _installed = new LinkedHashMap<>();

	PortalContainer() throws IOException, BundleException {
		_storage = Files.createTempDirectory("partner-hub-osgi");

		Map<String, Object> config = new HashMap<>();

		config.put(Constants.FRAMEWORK_STORAGE, _storage.toString());
		config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
		config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", portalPackages()));
		config.put(Constants.FRAMEWORK_SYSTEMCAPABILITIES_EXTRA, String.join(",", portalTagLibraries()));
		config.put("felix.log.level", "1");

		_felix = new Felix(config);
		_felix.start();

		for (String file : List.of("felix.configadmin.file", "felix.metatype.file", "felix.scr.file")) {
			Bundle bundle = context().installBundle(new File(System.getProperty(file)).toURI().toString());

			bundle.start();
		}
	}

	BundleContext context() {
		return _felix.getBundleContext();
	}

	/** Registers a double of a portal service, as the portal's own bundles would register the real one. */
	<T> void register(Class<T> type, T service, Object... properties) {
		Dictionary<String, Object> dictionary = new Hashtable<>();

		for (int i = 0; i < properties.length; i += 2) {
			dictionary.put((String)properties[i], properties[i + 1]);
		}

		context().registerService(type, service, dictionary);
	}

	Bundle install(File file) throws BundleException {
		Bundle bundle = context().installBundle(file.toURI().toString());

		_installed.put(bundle.getSymbolicName(), bundle);

		return bundle;
	}

	/**
	 * Resolves and starts every installed bundle, then activates every component (delayed ones by getting their
	 * service, as the portal does when it uses them). Returns what is wrong: each unresolved requirement, each
	 * component that is not active with its unsatisfied references, each failure to start.
	 */
	List<String> startAll() {
		List<String> problems = new ArrayList<>();

		_felix.adapt(FrameworkWiring.class).resolveBundles(_installed.values());

		for (Bundle bundle : _installed.values()) {
			if (bundle.getState() == Bundle.INSTALLED) {
				problems.add(bundle.getSymbolicName() + " does not resolve: " + unresolved(bundle));

				continue;
			}

			try {
				bundle.start();
			}
			catch (BundleException bundleException) {
				problems.add(bundle.getSymbolicName() + " does not start: " + bundleException.getMessage());
			}
		}

		ServiceComponentRuntime runtime = service(ServiceComponentRuntime.class);

		for (Bundle bundle : _installed.values()) {
			if (bundle.getState() != Bundle.ACTIVE) {
				continue;
			}

			for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs(bundle)) {
				activateDelayed(bundle, description);

				for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
					if (configuration.state != ComponentConfigurationDTO.ACTIVE) {
						problems.add(
							description.name + " is " + state(configuration.state) + unsatisfied(configuration) +
								(configuration.failure == null ? "" : ": " + configuration.failure));
					}
				}

				if (runtime.getComponentConfigurationDTOs(description).isEmpty()) {
					problems.add(description.name + " has no configuration (enabled: " +
						runtime.isComponentEnabled(description) + ")");
				}
			}
		}

		return problems;
	}

	/** The components of a bundle by name with their state, for assertions on single components. */
	Map<String, String> componentStates(String symbolicName) {
		ServiceComponentRuntime runtime = service(ServiceComponentRuntime.class);
		Map<String, String> states = new LinkedHashMap<>();

		for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs(_installed.get(symbolicName))) {
			for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
				states.put(description.name, state(configuration.state));
			}
		}

		return states;
	}

	Bundle bundle(String symbolicName) {
		return _installed.get(symbolicName);
	}

	<T> T service(Class<T> type) {
		ServiceReference<T> reference = context().getServiceReference(type);

		if (reference == null) {
			throw new IllegalStateException("no " + type.getName() + " in the container");
		}

		return context().getService(reference);
	}

	@Override
	public void close() throws Exception {
		_felix.stop();
		_felix.waitForStop(30_000);

		try (var files = Files.walk(_storage)) {
			files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
		}
	}

	private void activateDelayed(Bundle bundle, ComponentDescriptionDTO description) {
		if (description.immediate || description.serviceInterfaces.length == 0) {
			return;
		}

		try {
			ServiceReference<?>[] references = context().getServiceReferences(
				description.serviceInterfaces[0], "(component.name=" + description.name + ")");

			// none while a reference is unsatisfied: the component's state says which
			for (ServiceReference<?> reference : (references == null) ? new ServiceReference<?>[0] : references) {
				if (reference.getBundle() == bundle) {
					context().getService(reference);
				}
			}
		}
		catch (org.osgi.framework.InvalidSyntaxException invalidSyntaxException) {
			throw new IllegalStateException(invalidSyntaxException);
		}
	}

	/** Felix's own words: the first requirement it could not satisfy, e.g. {@code osgi.wiring.package=jakarta.portlet}. */
	private static String unresolved(Bundle bundle) {
		try {
			bundle.start();

			return "(started after all)";
		}
		catch (BundleException bundleException) {
			return bundleException.getMessage();
		}
	}

	private static String unsatisfied(ComponentConfigurationDTO configuration) {
		if (configuration.unsatisfiedReferences == null || configuration.unsatisfiedReferences.length == 0) {
			return "";
		}

		List<String> references = new ArrayList<>();

		for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
			references.add(reference.name + " " + reference.target);
		}

		return ", missing " + references;
	}

	private static String state(int state) {
		switch (state) {
			case ComponentConfigurationDTO.ACTIVE:
				return "ACTIVE";
			case ComponentConfigurationDTO.SATISFIED:
				return "SATISFIED";
			case ComponentConfigurationDTO.UNSATISFIED_REFERENCE:
				return "UNSATISFIED_REFERENCE";
			case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION:
				return "UNSATISFIED_CONFIGURATION";
			case ComponentConfigurationDTO.FAILED_ACTIVATION:
				return "FAILED_ACTIVATION";
			default:
				return String.valueOf(state);
		}
	}

	/** Every package of release.portal.api with its version, except those the framework exports itself. */
	static List<String> portalPackages() throws IOException {
		try (JarFile jar = new JarFile(portalApiJar())) {
			String exports = jar.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
			List<String> packages = new ArrayList<>();
			Matcher matcher = Pattern.compile("([\\w.\\-]+)(;version=\"([^\"]+)\")?(,|$)").matcher(exports);

			while (matcher.find()) {
				String name = matcher.group(1);

				if (FRAMEWORK_OWN.matcher(name).matches() || name.equals("WEB-INF") || name.startsWith("META-INF")) {
					continue;
				}

				packages.add(matcher.group(3) == null ? name : name + ";version=\"" + matcher.group(3) + "\"");
			}

			// not in the API jar, but exported by the GA112 portal itself
			packages.add("org.slf4j;version=\"1.7.36\"");

			return packages;
		}
	}

	/** The JSP tag library URIs of the TLDs in release.portal.api, offered as Liferay's taglib bundles offer them. */
	static List<String> portalTagLibraries() throws IOException {
		Set<String> uris = new TreeSet<>();
		Pattern uri = Pattern.compile("<uri>\\s*([^<\\s]+)\\s*</uri>");

		try (JarFile jar = new JarFile(portalApiJar())) {
			for (Enumeration<java.util.jar.JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
				java.util.jar.JarEntry entry = entries.nextElement();

				if (entry.getName().startsWith("META-INF/") && entry.getName().endsWith(".tld")) {
					try (InputStream in = jar.getInputStream(entry)) {
						Matcher matcher = uri.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));

						if (matcher.find()) {
							uris.add(matcher.group(1));
						}
					}
				}
			}
		}

		return uris.stream().map(u -> "osgi.extender;osgi.extender=\"jsp.taglib\";uri=\"" + u + "\";version:Version=\"2.2\"")
			.collect(Collectors.toList());
	}

	static File portalApiJar() {
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (entry.contains("partner-hub-portal-api")) {
				return new File(entry);
			}
		}

		throw new IllegalStateException("partner-hub-portal-api is not on the class path");
	}

}
