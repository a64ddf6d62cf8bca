package com.partnerhub.service.infrastructure.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.partnerhub.service.application.notification.NotificationSettings;
import com.partnerhub.service.application.notification.OutboundChannel;
import com.partnerhub.service.domain.notification.DeliveryChannel;

/**
 * Posts signed webhooks ({@link StandardWebhookSignature}). The {@code webhook-id} is the event's, the same on every
 * attempt and replay, so receivers drop repeats; the timestamp is the attempt's. Any 2xx is delivered; anything else,
 * a timeout (configured, 5 s) or a refused connection is a failed attempt retried with backoff.
 */
@ApplicationScoped
public class WebhookChannel implements OutboundChannel {

    private HttpClient http;
    private NotificationSettings settings;
    // the signature's timestamp is checked by receivers against real time: not the demo clock
    private final Clock wallClock = Clock.systemUTC();

    protected WebhookChannel() {
    }

    @Inject
    public WebhookChannel(NotificationSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.WEBHOOK;
    }

    @Override
    public Outcome send(Outgoing outgoing) {
        long started = System.nanoTime();
        String id = outgoing.kind().webhookId(outgoing.eventId());
        long timestamp = wallClock.instant().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(outgoing.url()))
                    .timeout(settings.webhookTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "PartnerHub-Webhooks/1")
                    .header(StandardWebhookSignature.ID, id)
                    .header(StandardWebhookSignature.TIMESTAMP, Long.toString(timestamp))
                    .header(StandardWebhookSignature.SIGNATURE,
                            StandardWebhookSignature.sign(outgoing.secret(), id, timestamp, outgoing.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(outgoing.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            long took = (System.nanoTime() - started) / 1_000_000;
            int status = response.statusCode();
            return status / 100 == 2 ? Outcome.sent(status, took) : Outcome.failed(status, took, "the endpoint answered " + status);
        } catch (IOException | RuntimeException e) {
            return Outcome.failed(null, (System.nanoTime() - started) / 1_000_000, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(null, (System.nanoTime() - started) / 1_000_000, "interrupted");
        }
    }
}
