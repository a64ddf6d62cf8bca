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

    /** A JSON object kept as text (a history entry's state); empty for null or text that is no object. */
    public static jakarta.json.JsonObject parse(String text) {
        if (text == null || text.isBlank()) {
            return jakarta.json.JsonValue.EMPTY_JSON_OBJECT;
        }
        try (jakarta.json.JsonReader reader = PROVIDER.createReader(new java.io.StringReader(text))) {
            jakarta.json.JsonValue v = reader.readValue();
            return v instanceof jakarta.json.JsonObject o ? o : jakarta.json.JsonValue.EMPTY_JSON_OBJECT;
        } catch (jakarta.json.JsonException e) {
            return jakarta.json.JsonValue.EMPTY_JSON_OBJECT;
        }
    }
}
