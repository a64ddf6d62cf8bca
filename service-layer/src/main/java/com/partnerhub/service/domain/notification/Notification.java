package com.partnerhub.service.domain.notification;

import java.time.Instant;

/** One event as one person sees it in the portal's bell: what happened (title), about what, read or not. */
public class Notification {

    private Long id;
    private long userId;
    private long eventId;
    private NotificationKind kind;
    private String subjectType;
    private long subjectId;
    private Long orderId;
    private String title;
    private String params;
    private Instant createdAt;
    private Instant readAt;
    private Instant relayedAt;

    protected Notification() {
    }

    public Notification(long userId, long eventId, NotificationKind kind, String subjectType, long subjectId, Long orderId,
                        String title, String params, Instant createdAt) {
        this.userId = userId;
        this.eventId = eventId;
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.orderId = orderId;
        this.title = title;
        this.params = params;
        this.createdAt = createdAt;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** The portal's bell has it (see the connector's relay). */
    public void relayed(Instant now) {
        if (relayedAt == null) {
            relayedAt = now;
        }
    }

    public Instant relayedAt() {
        return relayedAt;
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public long eventId() {
        return eventId;
    }

    public NotificationKind kind() {
        return kind;
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    public Long orderId() {
        return orderId;
    }

    public String title() {
        return title;
    }

    /** The event's facts as JSON (order number, milestone, amounts, dates), for the browser to word and link. */
    public String params() {
        return params;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
