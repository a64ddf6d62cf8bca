package com.partnerhub.service.domain.job;

import java.time.Instant;
import java.util.Optional;

public interface JobRepository {

    void schedule(ScheduledJob job);

    /**
     * Locks the oldest due pending job for the current transaction, skipping jobs other instances hold, so
     * each job is handed to exactly one caller. Empty when nothing is due or everything due is taken.
     */
    Optional<ScheduledJob> claimNextDue(Instant now);

    /** Marks a claimed job done; commits with the job's effect. */
    void markDone(ScheduledJob job, Instant now, String worker);

    long countPending();
}
