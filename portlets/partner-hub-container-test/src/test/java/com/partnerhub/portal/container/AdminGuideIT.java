package com.partnerhub.portal.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** portlets/README.md tells the admin what the build really gives them: the files to deploy, the settings to fill. */
class AdminGuideIT {

	private static final Path PORTLETS = Path.of(System.getProperty("bundles.dir")).toAbsolutePath().normalize();
	private static final Path ROOT = PORTLETS.getParent();

	@Test
	void theFilesTheGuideDeploysAreExactlyTheBuiltBundlesAndTheThemeExtension() throws IOException {
		String guide = Files.readString(PORTLETS.resolve("README.md"), StandardCharsets.UTF_8);
		Matcher block = Pattern.compile("It leaves these five files[^\\n]*\\n\\n```text\\n(.*?)```", Pattern.DOTALL)
			.matcher(guide);

		assertThat(block.find()).as("the build step's file list").isTrue();

		Set<String> listed = new TreeSet<>(List.of(block.group(1).trim().split("\\n")));
		Set<String> built = new TreeSet<>();

		for (String module : PortalContainerIT.BUNDLES) {
			built.add(ROOT.relativize(PortalContainerIT.bundleFile(module).toPath().toAbsolutePath().normalize()).toString());
		}

		built.add("themes/target/partner-hub-theme-css.zip");

		assertThat(listed).isEqualTo(built);

		for (String file : listed) {
			assertThat(ROOT.resolve(file)).as(file).exists();
		}

		// the deploy command copies the same files
		assertThat(guide).contains(
			"cp portlets/partner-hub-*/target/partner-hub-*-" + System.getProperty("bundles.version") +
				".jar themes/target/partner-hub-theme-css.zip $LIFERAY_HOME/deploy/");
	}

	@Test
	void theSystemSettingsTableListsEveryFieldOfTheConfigurationByItsLabel() throws IOException {
		String guide = Files.readString(PORTLETS.resolve("README.md"), StandardCharsets.UTF_8);
		int start = guide.indexOf("| field | what to enter | default |");

		assertThat(start).as("the System Settings table").isPositive();

		Map<String, String> documented = new TreeMap<>();

		for (String line : guide.substring(start).split("\\n")) {
			if (!line.startsWith("|")) {
				break;
			}

			String[] cells = line.split("\\|");

			if (!cells[1].trim().equals("field") && !cells[1].trim().startsWith("---")) {
				documented.put(cells[1].trim(), cells[3].trim());
			}
		}

		File connector = PortalContainerIT.bundleFile("partner-hub-connector");
		Map<String, String> fields = new TreeMap<>();

		try (JarFile jar = new JarFile(connector)) {
			Properties labels = new Properties();

			try (InputStream in = jar.getInputStream(jar.getEntry("content/Language.properties"))) {
				labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}

			String metatype = new String(jar.getInputStream(jar.getEntry(
				"OSGI-INF/metatype/com.partnerhub.portal.connector.configuration.PartnerHubConfiguration.xml"))
				.readAllBytes(), StandardCharsets.UTF_8);
			Matcher field = Pattern.compile("<AD name=\"([^\"]+)\" id=\"[^\"]+\"[^>]*default=\"([^\"]*)\"").matcher(metatype);

			while (field.find()) {
				fields.put(labels.getProperty(field.group(1)), field.group(2));
			}
		}

		assertThat(documented.keySet()).isEqualTo(fields.keySet());

		List<String> wrongDefaults = new ArrayList<>();

		fields.forEach((label, deflt) -> {
			if (!deflt.isEmpty() && !documented.get(label).contains(deflt.replace("|", ", "))) {
				wrongDefaults.add(label + ": " + deflt + " vs " + documented.get(label));
			}
		});

		assertThat(wrongDefaults).as("documented defaults").isEmpty();
	}

}
