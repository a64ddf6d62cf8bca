package com.partnerhub.service.infrastructure.notification;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.partnerhub.service.application.notification.NotificationSettings;

/** Notification settings from MicroProfile Config (environment variables such as PARTNERHUB_PORTAL_URL work too). */
@ApplicationScoped
public class NotificationSettingsProducer {

    @Inject
    @ConfigProperty(name = "partnerhub.portal.url", defaultValue = "http://localhost:8080/")
    String portalUrl;

    @Inject
    @ConfigProperty(name = "partnerhub.provider.name", defaultValue = "Partner Hub")
    String providerName;

    @Inject
    @ConfigProperty(name = "partnerhub.provider.logo-url")
    Optional<String> providerLogoUrl;

    @Inject
    @ConfigProperty(name = "partnerhub.notifications.default-language", defaultValue = "de")
    String defaultLanguage;

    @Inject
    @ConfigProperty(name = "partnerhub.notifications.max-attempts", defaultValue = "6")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "partnerhub.notifications.backoff", defaultValue = "PT30S")
    Duration backoff;

    @Inject
    @ConfigProperty(name = "partnerhub.notifications.max-backoff", defaultValue = "PT1H")
    Duration maxBackoff;

    @Inject
    @ConfigProperty(name = "partnerhub.notifications.lease", defaultValue = "PT2M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "partnerhub.notifications.message-mail-interval", defaultValue = "PT10M")
    Duration messageMailInterval;

    @Inject
    @ConfigProperty(name = "partnerhub.webhooks.timeout", defaultValue = "PT5S")
    Duration webhookTimeout;

    @Inject
    @ConfigProperty(name = "partnerhub.webhooks.allow-http", defaultValue = "false")
    boolean insecureWebhooks;

    @Produces
    NotificationSettings settings() {
        return new NotificationSettings(portalUrl, providerName, providerLogoUrl.filter(s -> !s.isBlank()).orElse(null),
                defaultLanguage.toLowerCase().startsWith("en") ? "en" : "de", Math.max(1, maxAttempts), backoff, maxBackoff, lease,
                messageMailInterval, webhookTimeout, insecureWebhooks);
    }
}
