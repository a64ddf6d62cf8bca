package com.partnerhub.service.domain.notification;

import java.time.Duration;
import java.time.Instant;

/**
 * One event on its way to one recipient over one channel, rendered once so every attempt sends the same content.
 * Attempts are counted; failures wait longer each time (exponential backoff) until the last one parks the delivery
 * as FAILED.
 */
public class Delivery {

    private static final int ERROR_LENGTH = 1000;

    private Long id;
    private long eventId;
    private NotificationKind kind;
    private DeliveryChannel channel;
    private String recipient;
    private Long userId;
    private Long endpointId;
    private Long agencyId;
    private String threadKey;
    private String language;
    private String subject;
    private String body;
    private String html;
    private DeliveryStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant leaseUntil;
    private String lastError;
    private Integer lastStatusCode;
    private Long lastDurationMs;
    private Instant createdAt;
    private Instant sentAt;
    private long version;

    protected Delivery() {
    }

    private Delivery(long eventId, NotificationKind kind, DeliveryChannel channel, String recipient, String language,
                     String subject, String body, String html, Instant notBefore, Instant now) {
        this.eventId = eventId;
        this.kind = kind;
        this.channel = channel;
        this.recipient = recipient;
        this.language = language;
        this.subject = subject;
        this.body = body;
        this.html = html;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = notBefore;
        this.createdAt = now;
    }

    public static Delivery email(long eventId, NotificationKind kind, String address, Long userId, String language,
                                 String subject, String text, String html, String threadKey, Instant notBefore, Instant now) {
        Delivery d = new Delivery(eventId, kind, DeliveryChannel.EMAIL, address, language, subject, text, html, notBefore, now);
        d.userId = userId;
        d.threadKey = threadKey;
        return d;
    }

    public static Delivery webhook(long eventId, NotificationKind kind, WebhookEndpoint endpoint, String json, Instant now) {
        Delivery d = new Delivery(eventId, kind, DeliveryChannel.WEBHOOK, endpoint.url(), "en", kind.eventType(), json, null,
                now, now);
        d.endpointId = endpoint.id();
        d.agencyId = endpoint.agencyId();
        return d;
    }

    /** Taken by an instance until {@code leaseUntil}; one more attempt. */
    public void claim(Instant now, Duration lease) {
        status = DeliveryStatus.SENDING;
        attempts++;
        leaseUntil = now.plus(lease);
    }

    public void sent(Instant now, Integer statusCode, long durationMs) {
        status = DeliveryStatus.SENT;
        sentAt = now;
        leaseUntil = null;
        lastError = null;
        lastStatusCode = statusCode;
        lastDurationMs = durationMs;
    }

    /** A failed attempt: tried again after {@code backoff × 2^(attempts-1)}, or parked as FAILED after the last one. */
    public void failed(Instant now, String error, Integer statusCode, long durationMs, int maxAttempts, Duration backoff,
                       Duration maxBackoff) {
        leaseUntil = null;
        lastError = error == null ? null : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        lastStatusCode = statusCode;
        lastDurationMs = durationMs;
        if (attempts >= maxAttempts) {
            status = DeliveryStatus.FAILED;
            return;
        }
        Duration wait = backoff.multipliedBy(1L << Math.min(20, attempts - 1));
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
    }

    /**
     * Its instance stopped while sending. A webhook is sent again with the same id (receivers drop repeats by
     * {@code webhook-id}); an e-mail may already be in the mailbox, so it waits for an admin instead of arriving twice.
     */
    public void leaseExpired(Instant now) {
        leaseUntil = null;
        lastError = "the instance sending it stopped before recording the result";
        if (channel == DeliveryChannel.WEBHOOK) {
            status = DeliveryStatus.PENDING;
            nextAttemptAt = now;
        } else {
            status = DeliveryStatus.UNCONFIRMED;
        }
    }

    /** An admin's or the endpoint owner's retry (also a replay of one sent): sent again now with fresh attempts. */
    public void retry(Instant now) {
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        leaseUntil = null;
    }

    public Long id() {
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public NotificationKind kind() {
        return kind;
    }

    public DeliveryChannel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public Long userId() {
        return userId;
    }

    public Long endpointId() {
        return endpointId;
    }

    public Long agencyId() {
        return agencyId;
    }

    public String threadKey() {
        return threadKey;
    }

    public String language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String html() {
        return html;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public String lastError() {
        return lastError;
    }

    public Integer lastStatusCode() {
        return lastStatusCode;
    }

    public Long lastDurationMs() {
        return lastDurationMs;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
