package com.partnerhub.service.web.support;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API wants it: unknown fields are an error (a typo must not silently drop data), scalars are
 * read strictly ({@link StrictJsonValues}), nulls are left out of answers.
 */
@Provider
public class JsonbConfigResolver implements ContextResolver<Jsonb> {

    /** Yasson's switch; named by string because Yasson is Payara's, not on our compile path. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(false)
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
            .withDeserializers(StrictJsonValues.all()));

    /** The one JSON-B configuration of the API, for code that reads or writes JSON outside JAX-RS's own. */
    public static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
