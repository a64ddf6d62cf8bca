package com.partnerhub.service.infrastructure.config;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which way the service runs. {@code embedded} is the one-command demo (H2 in a local folder, demo issuer,
 * demo data, movable clock); anything else is production, where none of that exists.
 */
public enum Profile {
    PRODUCTION,
    EMBEDDED;

    public static final String KEY = "partnerhub.profile";

    public static Profile of(Optional<String> value) {
        return value.map(String::trim).filter("embedded"::equalsIgnoreCase).isPresent() ? EMBEDDED : PRODUCTION;
    }

    /** The profile as this application's MicroProfile Config sees it (env {@code PARTNERHUB_PROFILE} included). */
    public static Profile current() {
        return current(ConfigProvider.getConfig(Profile.class.getClassLoader()));
    }

    public static Profile current(Config config) {
        return of(config.getOptionalValue(KEY, String.class));
    }

    public boolean isEmbedded() {
        return this == EMBEDDED;
    }
}
