package com.partnerhub.service.infrastructure.config;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults of the MicroProfile settings the service relies on, below every other source (ordinal 50), so an
 * operator's environment variable or a deployment's {@code microprofile-config.properties} overrides each.
 * Tokens must be meant for this service ({@code aud}); the issuer's clock may be a minute off; the OpenAPI
 * document describes the api jar's types and is shaped by {@code ApiDocumentFilter}.
 */
public class ServiceDefaultsConfigSource implements ConfigSource {

    public static final String DEFAULT_AUDIENCE = "partner-hub";

    private static final Map<String, String> DEFAULTS = Map.of(
            "mp.jwt.verify.audiences", DEFAULT_AUDIENCE,
            "mp.jwt.verify.clock.skew", "60",
            "mp.openapi.filter", "com.partnerhub.service.web.support.ApiDocumentFilter",
            // the request and response types live in the api jar: let Payara describe them, and only ours
            "mp.openapi.extensions.scan.lib", "true",
            "mp.openapi.scan.packages", "com.partnerhub");

    @Override
    public Set<String> getPropertyNames() {
        return DEFAULTS.keySet();
    }

    @Override
    public Map<String, String> getProperties() {
        return DEFAULTS;
    }

    @Override
    public String getValue(String name) {
        return DEFAULTS.get(name);
    }

    @Override
    public String getName() {
        return "partner-hub-defaults";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
