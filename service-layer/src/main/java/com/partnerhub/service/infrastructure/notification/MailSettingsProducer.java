package com.partnerhub.service.infrastructure.notification;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/**
 * The SMTP server from configuration, or the embedded default's own ({@link EmbeddedMailServer}). Without either,
 * mails are tried against localhost:25 and fail with a clear error on the delivery, which the admin sees.
 */
@ApplicationScoped
public class MailSettingsProducer {

    public static final String HOST = "partnerhub.mail.host";

    @Inject
    Config config;

    @Inject
    EmbeddedMailServer embedded;

    @Produces
    MailSettings settings() {
        Optional<String> host = config.getOptionalValue(HOST, String.class).filter(h -> !h.isBlank());
        Optional<Integer> embeddedPort = host.isPresent() ? Optional.empty() : embedded.port();
        boolean ssl = flag("partnerhub.mail.ssl");
        int defaultPort = ssl ? 465 : flag("partnerhub.mail.starttls") ? 587 : 25;
        return new MailSettings(host.orElse(embeddedPort.isPresent() ? "127.0.0.1" : "localhost"),
                embeddedPort.orElseGet(() -> config.getOptionalValue("partnerhub.mail.port", Integer.class).orElse(defaultPort)),
                flag("partnerhub.mail.starttls"), ssl,
                config.getOptionalValue("partnerhub.mail.user", String.class).filter(u -> !u.isBlank()).orElse(null),
                config.getOptionalValue("partnerhub.mail.password", String.class).orElse(""),
                config.getOptionalValue("partnerhub.mail.from", String.class).orElse("Partner Hub <no-reply@partner-hub.invalid>"),
                config.getOptionalValue("partnerhub.mail.timeout", Duration.class).orElse(Duration.ofSeconds(10)));
    }

    private boolean flag(String key) {
        return config.getOptionalValue(key, Boolean.class).orElse(false);
    }
}
