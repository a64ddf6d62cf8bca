package com.partnerhub.service.application.notification;

import java.time.Duration;

/**
 * How notifications go out: where the portal is (for links), whose name and logo the mails carry, how often and how
 * patiently deliveries are tried. Configured once (see infrastructure), used by the fan-out and the dispatcher.
 *
 * @param portalUrl          base URL of the pages, links are built below it
 * @param defaultLanguage    for recipients whose language is not known (an invited address): {@code de} or {@code en}
 * @param maxAttempts        attempts before a delivery is parked as FAILED
 * @param backoff            wait after the first failure, doubled after each further one, up to {@code maxBackoff}
 * @param lease              how long an instance may take to send one delivery before others treat it as stopped
 * @param messageMailInterval at most one e-mail per thread and person within this time
 * @param webhookTimeout     per attempt (connect and answer)
 * @param insecureWebhooks   whether endpoints may use http:// (tests, a local receiver); production wants https
 */
public record NotificationSettings(String portalUrl, String providerName, String providerLogoUrl, String defaultLanguage,
                                   int maxAttempts, Duration backoff, Duration maxBackoff, Duration lease,
                                   Duration messageMailInterval, Duration webhookTimeout, boolean insecureWebhooks) {

    public static NotificationSettings defaults() {
        return new NotificationSettings("http://localhost:8080/", "Partner Hub", null, "de", 6, Duration.ofSeconds(30),
                Duration.ofHours(1), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofSeconds(5), false);
    }

    /** {@code path} below the portal, e.g. {@code ?view=order&order=7}. */
    public String link(String path) {
        return (portalUrl.endsWith("/") ? portalUrl : portalUrl + "/") + path;
    }
}
