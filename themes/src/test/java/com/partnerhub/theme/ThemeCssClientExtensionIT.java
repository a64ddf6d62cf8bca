package com.partnerhub.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The zip a Liferay 7.4 admin deploys is a theme CSS client extension as the portal reads one: its configuration at
 * the root, named after the zip, typed themeCSS, pointing at files that are in it, and the design tokens the same
 * bytes the embedded default serves.
 */
class ThemeCssClientExtensionIT {

	private static final String PID =
		"com.liferay.client.extension.type.configuration.CETConfiguration~partner-hub-theme-css";

	@Test
	void theConfigurationAtTheRootDescribesAThemeCssExtensionWhoseFilesAreInTheZip() throws IOException {
		try (ZipFile zip = new ZipFile(System.getProperty("client.extension.zip"))) {
			List<String> roots = new ArrayList<>();

			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (!entry.getName().contains("/")) {
					roots.add(entry.getName());
				}
			}

			assertThat(roots).containsExactly("partner-hub-theme-css.client-extension-config.json");

			JsonObject configuration = Json.createReader(new StringReader(read(zip, roots.get(0)))).readObject();

			assertThat(configuration.keySet()).containsExactly(PID);

			JsonObject extension = configuration.getJsonObject(PID);

			assertThat(extension.getString("type")).isEqualTo("themeCSS");
			assertThat(extension.getString("webContextPath")).isEqualTo("/partner-hub-theme-css");
			assertThat(extension.getString("baseURL")).endsWith("/o/partner-hub-theme-css");
			assertThat(extension.getString("description")).doesNotContain("@project.version@").contains("0.1.0");

			for (String setting : extension.getJsonArray("typeSettings").getValuesAs(jakarta.json.JsonString.class)
					.stream().map(jakarta.json.JsonString::getString).toList()) {

				String file = setting.substring(setting.indexOf('=') + 1);

				assertThat(setting).matches("(clayURL|mainURL)=css/.+\\.css");
				assertThat(zip.getEntry("static/" + file)).as(setting).isNotNull();
			}
		}
	}

	@Test
	void everyStylesheetItImportsIsInTheZipOrTheClassicTheme() throws IOException {
		try (ZipFile zip = new ZipFile(System.getProperty("client.extension.zip"))) {
			Pattern imports = Pattern.compile("@import url\\(\"([^\"]+)\"\\)");

			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (!entry.getName().endsWith(".css")) {
					continue;
				}

				Matcher matcher = imports.matcher(read(zip, entry.getName()));

				while (matcher.find()) {
					String target = matcher.group(1);

					if (target.startsWith("/o/classic-theme/css/")) {
						continue;
					}

					assertThat(zip.getEntry("static/css/" + target)).as(entry.getName() + " imports " + target).isNotNull();
				}
			}

			assertThat(read(zip, "static/css/main.css")).contains("/o/classic-theme/css/main.css").contains("portal.css");
			assertThat(read(zip, "static/css/clay.css")).contains("/o/classic-theme/css/clay.css");
		}
	}

	@Test
	void theTokensAreTheOnesTheEmbeddedDefaultServes() throws IOException {
		try (ZipFile zip = new ZipFile(System.getProperty("client.extension.zip"))) {
			for (String file : List.of("tokens.css", "portal.css")) {
				assertThat(read(zip, "static/css/" + file)).isEqualTo(
					Files.readString(Path.of("src/main/resources/META-INF/resources/theme", file), StandardCharsets.UTF_8));
			}

			assertThat(read(zip, "static/css/tokens.css")).contains("--ph-color-primary");
		}
	}

	private static String read(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);

		assertThat(entry).as(name).isNotNull();

		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
