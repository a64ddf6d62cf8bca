package com.partnerhub.service.domain.job;

import java.time.Instant;

/** A deadline as a row: at {@code dueAt}, run {@code kind} for {@code subjectId}, exactly once. */
public class ScheduledJob {

    private Long id;
    private JobKind kind;
    private Long subjectId;
    private Instant dueAt;
    private String status;
    private Instant doneAt;
    private String doneBy;
    private Instant createdAt;

    protected ScheduledJob() {
    }

    /** How long before an offer expires its recipient is reminded. */
    public static final java.time.Duration EXPIRY_REMINDER_LEAD = java.time.Duration.ofDays(2);

    /** The reminder two days before {@code expiresAt}; none when the offer is shorter than that. */
    public static java.util.Optional<ScheduledJob> reminderBefore(JobKind kind, long subjectId, Instant expiresAt, Instant now) {
        Instant due = expiresAt.minus(EXPIRY_REMINDER_LEAD);
        return due.isAfter(now) ? java.util.Optional.of(new ScheduledJob(kind, subjectId, due, now)) : java.util.Optional.empty();
    }

    public ScheduledJob(JobKind kind, long subjectId, Instant dueAt, Instant now) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.dueAt = dueAt;
        this.status = "PENDING";
        this.createdAt = now;
    }

    public void done(Instant now, String worker) {
        this.status = "DONE";
        this.doneAt = now;
        this.doneBy = worker;
    }

    public Long id() {
        return id;
    }

    public JobKind kind() {
        return kind;
    }

    public long subjectId() {
        return subjectId;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String status() {
        return status;
    }
}
