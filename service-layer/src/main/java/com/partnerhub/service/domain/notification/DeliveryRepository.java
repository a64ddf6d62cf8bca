package com.partnerhub.service.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** E-mails and webhook posts on their way, and the endpoints webhooks go to. */
public interface DeliveryRepository {

    Delivery add(Delivery delivery);

    Optional<Delivery> find(long id);

    /** Due PENDING deliveries, locked for this transaction (rows others hold are skipped). */
    List<Delivery> claimDue(Instant now, int limit);

    /** SENDING deliveries whose instance let the lease run out, locked for this transaction. */
    List<Delivery> claimExpiredLeases(Instant now, int limit);

    /** The newest e-mail of a thread to one address, for sending at most one per thread in a window. */
    Optional<Delivery> latestEmailOfThread(String address, String threadKey);

    /** Deliveries newest first, filtered by status, channel and endpoint where given, below {@code beforeId}. */
    List<Delivery> page(DeliveryStatus status, DeliveryChannel channel, Long endpointId, long beforeId, int limit);

    long count(DeliveryStatus status);

    WebhookEndpoint addEndpoint(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> findEndpoint(long id);

    /** Active endpoints that hear an event of this agency (its own and the admin's); all admin endpoints for null. */
    List<WebhookEndpoint> endpointsHearing(Long agencyId);

    /** Endpoints of one agency, or the admin's (null). */
    List<WebhookEndpoint> endpointsOf(Long agencyId);
}
