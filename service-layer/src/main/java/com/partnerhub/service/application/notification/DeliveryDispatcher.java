package com.partnerhub.service.application.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.domain.notification.Delivery;
import com.partnerhub.service.domain.notification.DeliveryChannel;
import com.partnerhub.service.domain.notification.DeliveryRepository;
import com.partnerhub.service.domain.notification.DeliveryStatus;
import com.partnerhub.service.domain.notification.WebhookEndpoint;

/**
 * Sends deliveries in three steps so no transaction waits for a mail server or a webhook endpoint: claim due rows
 * (row lock, SKIP LOCKED; marked SENDING under a lease, committed), send outside any transaction, then record the
 * outcome. A claim first settles deliveries whose instance let the lease run out ({@link Delivery#leaseExpired}).
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private DeliveryRepository deliveries;
    private NotificationSettings settings;
    private Clock clock;

    protected DeliveryDispatcher() {
    }

    @Inject
    public DeliveryDispatcher(DeliveryRepository deliveries, NotificationSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboundChannel.Outgoing> claim(int limit) {
        Instant now = clock.instant();
        deliveries.claimExpiredLeases(now, limit).forEach(d -> d.leaseExpired(now));
        List<OutboundChannel.Outgoing> claimed = new ArrayList<>();
        for (Delivery d : deliveries.claimDue(now, limit)) {
            String url = null;
            String secret = null;
            if (d.channel() == DeliveryChannel.WEBHOOK) {
                WebhookEndpoint endpoint = deliveries.findEndpoint(d.endpointId()).orElse(null);
                if (endpoint == null || !endpoint.active()) {
                    d.claim(now, settings.lease());
                    d.failed(now, "the endpoint was removed", null, 0, 0, settings.backoff(), settings.maxBackoff());
                    continue;
                }
                url = endpoint.url();
                secret = endpoint.secret();
            }
            d.claim(now, settings.lease());
            claimed.add(new OutboundChannel.Outgoing(d.id(), d.eventId(), d.channel(), d.recipient(), d.language(), d.subject(),
                    d.body(), d.html(), url, secret, d.kind()));
        }
        return claimed;
    }

    /** Records how an attempt went, unless the lease ran out meanwhile and the delivery was settled otherwise. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long deliveryId, OutboundChannel.Outcome outcome) {
        deliveries.find(deliveryId).filter(d -> d.status() == DeliveryStatus.SENDING).ifPresent(d -> {
            Instant now = clock.instant();
            if (outcome.sent()) {
                d.sent(now, outcome.statusCode(), outcome.durationMs());
            } else {
                d.failed(now, outcome.error(), outcome.statusCode(), outcome.durationMs(),
                        outcome.hopeless() ? d.attempts() : settings.maxAttempts(), settings.backoff(), settings.maxBackoff());
            }
        });
    }
}
