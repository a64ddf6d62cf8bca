package com.partnerhub.service.application.job;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.account.InvitationService;
import com.partnerhub.service.application.order.OrderService;
import com.partnerhub.service.application.site.TransferService;
import com.partnerhub.service.domain.job.JobRepository;
import com.partnerhub.service.domain.job.ScheduledJob;

/**
 * Runs one due job per transaction: claim it (row lock, skipping jobs other instances hold), apply its
 * effect, mark it done, commit. If anything fails the whole transaction rolls back and the job stays due,
 * so each job's effect happens exactly once however many instances poll.
 */
@ApplicationScoped
public class JobProcessor {

    private JobRepository jobs;
    private InvitationService invitations;
    private TransferService transfers;
    private OrderService orders;
    private Clock clock;

    protected JobProcessor() {
    }

    @Inject
    public JobProcessor(JobRepository jobs, InvitationService invitations, TransferService transfers, OrderService orders,
                        Clock clock) {
        this.jobs = jobs;
        this.invitations = invitations;
        this.transfers = transfers;
        this.orders = orders;
        this.clock = clock;
    }

    /** Runs the next due job, if any, in a transaction of its own; returns the job it ran. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ScheduledJob> runNext(String worker) {
        Optional<ScheduledJob> claimed = jobs.claimNextDue(clock.instant());
        claimed.ifPresent(job -> {
            switch (job.kind()) {
                case INVITATION_EXPIRY -> invitations.expire(job.subjectId());
                case TRANSFER_EXPIRY -> transfers.expire(job.subjectId());
                case MILESTONE_AUTO_ACCEPTANCE -> orders.autoAccept(job.subjectId());
            }
            jobs.markDone(job, clock.instant(), worker);
        });
        return claimed;
    }
}
