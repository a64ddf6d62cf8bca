package com.partnerhub.service.domain.history;

import java.time.Instant;

/** One recorded change: who did what to which subject, when, with the state before and after (JSON). */
public class HistoryEntry {

    private Long id;
    private Instant occurredAt;
    private Long actorId;
    private String subjectType;
    private Long subjectId;
    private Long accountId;
    private String action;
    private String beforeState;
    private String afterState;
    private Boolean notificationPending;

    protected HistoryEntry() {
    }

    public HistoryEntry(Instant occurredAt, Long actorId, String subjectType, long subjectId, Long accountId,
                        String action, String beforeState, String afterState) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.accountId = accountId;
        this.action = action;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    /** People are to be told of this change: the dispatcher picks it up after the change commits. */
    public void awaitNotification() {
        notificationPending = Boolean.TRUE;
    }

    public void notificationDispatched() {
        notificationPending = null;
    }

    public boolean notificationPending() {
        return Boolean.TRUE.equals(notificationPending);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Long actorId() {
        return actorId;
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    public Long accountId() {
        return accountId;
    }

    public String action() {
        return action;
    }

    public String beforeState() {
        return beforeState;
    }

    public String afterState() {
        return afterState;
    }
}
