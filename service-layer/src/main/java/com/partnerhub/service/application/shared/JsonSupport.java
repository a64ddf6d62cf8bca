package com.partnerhub.service.application.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the service. {@code jakarta.json.Json.create*} looks the provider up on the class
 * path at every call, which in a WAR is a zip scan each time (it was half of all CPU); everything that builds or
 * reads JSON-P values goes through this instance instead.
 */
public final class JsonSupport {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonSupport() {
    }
}
