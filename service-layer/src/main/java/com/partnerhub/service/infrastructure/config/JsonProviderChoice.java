package com.partnerhub.service.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import com.partnerhub.service.application.shared.JsonSupport;

/**
 * Names the JSON-P provider for the whole process at start-up. Without {@code jakarta.json.provider} every
 * {@code Json.create*} call outside our code (Payara's JWT parser, its JSON log formatter) scans the class path for a
 * provider; with it, the lookup is one class load. An operator's own choice (a -D option) is kept.
 */
@ApplicationScoped
public class JsonProviderChoice {

    static final String PROPERTY = "jakarta.json.provider";

    void choose(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, JsonSupport.PROVIDER.getClass().getName());
        }
    }
}
