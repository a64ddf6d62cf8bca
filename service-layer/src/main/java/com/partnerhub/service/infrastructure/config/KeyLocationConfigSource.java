package com.partnerhub.service.infrastructure.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Payara reads {@code mp.jwt.verify.publickey.location} as a class-path resource or a URL only; a plain file
 * path (what an operator naturally writes) was silently ignored and every token refused. This source, above
 * system properties and environment variables, hands Payara the {@code file:} URL of such a path.
 */
public class KeyLocationConfigSource implements ConfigSource {

    public static final String LOCATION = "mp.jwt.verify.publickey.location";
    private static final String ENV = "MP_JWT_VERIFY_PUBLICKEY_LOCATION";

    @Override
    public Set<String> getPropertyNames() {
        return raw().isPresent() ? Set.of(LOCATION) : Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return raw().map(v -> Map.of(LOCATION, v)).orElse(Map.of());
    }

    @Override
    public String getValue(String name) {
        return LOCATION.equals(name) ? raw().orElse(null) : null;
    }

    /** The operator's value as a URL, when it was given as an absolute file path. */
    static Optional<String> raw() {
        String given = Optional.ofNullable(System.getProperty(LOCATION)).orElse(System.getenv(ENV));
        return asUrl(given);
    }

    static Optional<String> asUrl(String given) {
        if (given == null || given.isBlank() || !given.trim().startsWith("/")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(given.trim()).toUri().toString());
    }

    @Override
    public String getName() {
        return "partner-hub-key-location";
    }

    @Override
    public int getOrdinal() {
        return 450;
    }
}
