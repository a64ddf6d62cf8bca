package com.partnerhub.service.domain.site;

import java.time.Duration;
import java.time.Instant;

import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.SecretToken;

/**
 * The agency's offer to hand a site over to a customer. Answered once, by the recipient's e-mail only;
 * the agency can cancel before that; unanswered, it expires.
 */
public class SiteTransfer {

    private Long id;
    private Long siteId;
    private Long agencyId;
    private String recipientEmail;
    private boolean stayAsCollaborator;
    private String tokenHash;
    private TransferStatus status;
    private Long startedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant decidedAt;
    private Long decidedBy;
    private Long targetAccountId;
    private TransferKind kind = TransferKind.OFFER;
    private Long orderId;
    private Instant undoUntil;
    private Instant undoneAt;
    private String restoreState;
    private long version;

    protected SiteTransfer() {
    }

    public static SiteTransfer start(Site site, String recipientEmail, boolean stayAsCollaborator, long startedBy,
                                     SecretToken token, Instant now, Duration validFor) {
        if (!site.isUnderAgency()) {
            throw new DomainConflict("SITE_ALREADY_TRANSFERRED", "the site already belongs to a customer account");
        }
        SiteTransfer t = new SiteTransfer();
        t.siteId = site.id();
        t.agencyId = site.agencyId();
        t.recipientEmail = recipientEmail;
        t.stayAsCollaborator = stayAsCollaborator;
        t.tokenHash = token.hash();
        t.status = TransferStatus.PENDING;
        t.startedBy = startedBy;
        t.createdAt = now;
        t.expiresAt = now.plus(validFor);
        return t;
    }

    public void accept(long userId, String userEmail, long targetAccountId, Instant now, Duration undoWindow) {
        answer(userId, userEmail, now, TransferStatus.ACCEPTED);
        this.targetAccountId = targetAccountId;
        this.undoUntil = now.plus(undoWindow);
    }

    /**
     * The handover an order opted into, made when its final tranche was paid: accepted at once, with the agency user
     * who placed the order as the one who offered it (and stays on as collaborator).
     */
    public static SiteTransfer automatic(Site site, long orderId, long placedBy, String ownerEmail, long targetAccountId,
                                         SecretToken token, Instant now, Duration undoWindow) {
        SiteTransfer t = start(site, ownerEmail, true, placedBy, token, now, Duration.ZERO);
        t.kind = TransferKind.AUTOMATIC;
        t.orderId = orderId;
        t.status = TransferStatus.ACCEPTED;
        t.decidedAt = now;
        t.targetAccountId = targetAccountId;
        t.undoUntil = now.plus(undoWindow);
        return t;
    }

    /** What the move changed, kept to put it back exactly on an undo. */
    public void remember(String restoreState) {
        this.restoreState = restoreState;
    }

    public boolean undoableAt(Instant now) {
        return status == TransferStatus.ACCEPTED && undoUntil != null && now.isBefore(undoUntil);
    }

    /** The customer hands the site back within the undo window. */
    public void undo(long userId, Instant now) {
        if (status != TransferStatus.ACCEPTED) {
            throw new DomainConflict("TRANSFER_NOT_UNDOABLE", "only an accepted transfer can be undone", status.name());
        }
        if (!undoableAt(now)) {
            throw new DomainConflict("UNDO_WINDOW_CLOSED", "the time to undo this transfer has passed");
        }
        status = TransferStatus.UNDONE;
        undoneAt = now;
        decidedBy = userId;
    }

    public void decline(long userId, String userEmail, Instant now) {
        answer(userId, userEmail, now, TransferStatus.DECLINED);
    }

    /** Checks that this user may answer now, without changing anything (the accept path needs it first). */
    public void requireAnswerableBy(String userEmail, Instant now) {
        if (!recipientEmail.equals(userEmail)) {
            throw new DomainConflict("NOT_THE_INVITEE", "the transfer is for another e-mail address");
        }
        requirePendingAt(now);
    }

    private void answer(long userId, String userEmail, Instant now, TransferStatus outcome) {
        requireAnswerableBy(userEmail, now);
        status = outcome;
        decidedAt = now;
        decidedBy = userId;
    }

    public void cancel(long userId, Instant now) {
        requirePendingAt(now);
        status = TransferStatus.CANCELLED;
        decidedAt = now;
        decidedBy = userId;
    }

    public boolean expireIfDue(Instant now) {
        if (status != TransferStatus.PENDING || now.isBefore(expiresAt)) {
            return false;
        }
        status = TransferStatus.EXPIRED;
        decidedAt = now;
        return true;
    }

    private void requirePendingAt(Instant now) {
        if (status == TransferStatus.PENDING && !now.isBefore(expiresAt)) {
            throw new DomainConflict("TRANSFER_EXPIRED", "the transfer has expired");
        }
        if (status != TransferStatus.PENDING) {
            throw new DomainConflict("TRANSFER_NOT_PENDING", "the transfer was already " + status, status.name());
        }
    }

    public Long id() {
        return id;
    }

    public long siteId() {
        return siteId;
    }

    public long agencyId() {
        return agencyId;
    }

    public String recipientEmail() {
        return recipientEmail;
    }

    public boolean stayAsCollaborator() {
        return stayAsCollaborator;
    }

    public TransferStatus status() {
        return status;
    }

    public long startedBy() {
        return startedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Long targetAccountId() {
        return targetAccountId;
    }

    public TransferKind kind() {
        return kind;
    }

    public Long orderId() {
        return orderId;
    }

    public Instant undoUntil() {
        return undoUntil;
    }

    public Instant undoneAt() {
        return undoneAt;
    }

    public String restoreState() {
        return restoreState;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    public long version() {
        return version;
    }
}
