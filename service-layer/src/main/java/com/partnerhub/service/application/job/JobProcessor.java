package com.partnerhub.service.application.job;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.account.InvitationService;
import com.partnerhub.service.application.order.MilestoneWorkflow;
import com.partnerhub.service.application.site.DomainService;
import com.partnerhub.service.application.site.TransferService;
import com.partnerhub.service.domain.job.JobKind;
import com.partnerhub.service.domain.job.JobRepository;
import com.partnerhub.service.domain.job.ScheduledJob;

/**
 * Runs one due deadline per transaction: claim it (row lock, skipping rows other instances hold), apply its
 * effect, mark it done, commit. If anything fails the whole transaction rolls back and the job stays due,
 * so each job's effect happens exactly once however many instances poll.
 */
@ApplicationScoped
public class JobProcessor {

    private JobRepository jobs;
    private InvitationService invitations;
    private TransferService transfers;
    private MilestoneWorkflow workflow;
    private com.partnerhub.service.application.order.OrderWorkspaceService workspace;
    private DomainService domains;
    private com.partnerhub.service.application.account.AccessGrants grants;
    private Clock clock;

    protected JobProcessor() {
    }

    @Inject
    public JobProcessor(JobRepository jobs, InvitationService invitations, TransferService transfers, MilestoneWorkflow workflow,
                        com.partnerhub.service.application.order.OrderWorkspaceService workspace, DomainService domains,
                        com.partnerhub.service.application.account.AccessGrants grants, Clock clock) {
        this.grants = grants;
        this.workspace = workspace;
        this.domains = domains;
        this.jobs = jobs;
        this.invitations = invitations;
        this.transfers = transfers;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** What one run did: the kind of deadline and the invitation, transfer or milestone it concerned. */
    public record Ran(JobKind kind, long subjectId) {
    }

    /**
     * Runs the next due deadline, if any, in a transaction of its own: a scheduled job (invitation and transfer
     * expiry), else the review window of a delivery (auto-acceptance, claimed from the milestone itself).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Ran> runNext(String worker) {
        Optional<ScheduledJob> claimed = jobs.claimNextDue(clock.instant());
        if (claimed.isPresent()) {
            ScheduledJob job = claimed.get();
            switch (job.kind()) {
                case INVITATION_EXPIRY -> invitations.expire(job.subjectId());
                case TRANSFER_EXPIRY -> transfers.expire(job.subjectId());
                case INVITATION_EXPIRY_REMINDER -> invitations.remindExpiring(job.subjectId());
                case TRANSFER_EXPIRY_REMINDER -> transfers.remindExpiring(job.subjectId());
                case DOMAIN_REGISTRAR_SYNC -> domains.tellRegistrar(job.subjectId());
                case MILESTONE_AUTO_ACCEPTANCE, REVIEW_REMINDER, DOCUMENT_DEADLINE, DOCUMENTS_REMINDER, ACCESS_END ->
                        throw new IllegalStateException("review and document deadlines are kept on milestones and orders, never as jobs");
            }
            jobs.markDone(job, clock.instant(), worker);
            return Optional.of(new Ran(job.kind(), job.subjectId()));
        }
        Optional<Ran> accepted = workflow.acceptNextDueReview()
                .map(milestoneId -> new Ran(JobKind.MILESTONE_AUTO_ACCEPTANCE, milestoneId));
        if (accepted.isPresent()) {
            return accepted;
        }
        Optional<Ran> reminded = workflow.remindNextDueReview().map(milestoneId -> new Ran(JobKind.REVIEW_REMINDER, milestoneId));
        if (reminded.isPresent()) {
            return reminded;
        }
        Optional<Ran> held = workspace.holdNextLateOrder().map(orderId -> new Ran(JobKind.DOCUMENT_DEADLINE, orderId));
        if (held.isPresent()) {
            return held;
        }
        Optional<Ran> documents = workspace.remindNextDocumentsDue().map(orderId -> new Ran(JobKind.DOCUMENTS_REMINDER, orderId));
        if (documents.isPresent()) {
            return documents;
        }
        return grants.endNextEndedGrant().map(m -> new Ran(JobKind.ACCESS_END, m.userId()));
    }
}
