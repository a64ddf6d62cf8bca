package com.partnerhub.service.e2e;

import java.io.File;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR exactly as the build packaged it, plus a MicroProfile Config file that decides profile, database
 * and issuer for one end-to-end test class.
 */
final class ServiceDeployment {

    private ServiceDeployment() {
    }

    static WebArchive withConfig(Map<String, String> config) {
        File war = new File("target/partner-hub.war");
        if (!war.isFile()) {
            throw new IllegalStateException("run the package phase first: " + war.getAbsolutePath() + " is missing");
        }
        // the demo's working day (orders in every state) is for people trying the product; scenarios start blank
        Map<String, String> withDefaults = new java.util.TreeMap<>(Map.of("partnerhub.demo.working-day", "false"));
        withDefaults.putAll(config);
        String properties = withDefaults.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\").replace("\n", "\\n"))
                .collect(Collectors.joining("\n"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addAsResource(new StringAsset(properties), "META-INF/microprofile-config.properties");
    }
}
