package com.partnerhub.service.domain.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import com.partnerhub.service.domain.account.AccessLimit;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.SecretToken;

/**
 * An invitation of one e-mail address into one account. It is answered once, only by the user with that
 * e-mail, before it expires; the inviter can revoke it until then.
 */
public class Invitation {

    private Long id;
    private Long accountId;
    private InvitationKind kind;
    private String email;
    private String tokenHash;
    private InvitationStatus status;
    private Set<Permission> permissions = new HashSet<>();
    private Long invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant decidedAt;
    private Long decidedBy;
    private Long siteId;
    private Instant accessEndsAt;
    private Long untilOrderId;
    private long version;

    protected Invitation() {
    }

    public static Invitation create(long accountId, InvitationKind kind, String email, Set<Permission> permissions,
                                    long invitedBy, SecretToken token, Instant now, Duration validFor) {
        Invitation i = new Invitation();
        i.accountId = accountId;
        i.kind = kind;
        i.email = email;
        i.tokenHash = token.hash();
        i.status = InvitationStatus.PENDING;
        i.permissions.addAll(permissions);
        i.invitedBy = invitedBy;
        i.createdAt = now;
        i.expiresAt = now.plus(validFor);
        return i;
    }

    /** The limits the collaborator's grant will have once accepted. */
    public void limitTo(AccessLimit limit) {
        siteId = limit.siteId();
        accessEndsAt = limit.endsAt();
        untilOrderId = limit.untilOrderId();
    }

    public AccessLimit limit() {
        return new AccessLimit(siteId, accessEndsAt, untilOrderId);
    }

    public void accept(long userId, String userEmail, Instant now) {
        answer(userId, userEmail, now, InvitationStatus.ACCEPTED);
    }

    public void decline(long userId, String userEmail, Instant now) {
        answer(userId, userEmail, now, InvitationStatus.DECLINED);
    }

    private void answer(long userId, String userEmail, Instant now, InvitationStatus outcome) {
        if (!email.equals(userEmail)) {
            throw new DomainConflict("NOT_THE_INVITEE", "the invitation is for another e-mail address");
        }
        requirePendingAt(now);
        status = outcome;
        decidedAt = now;
        decidedBy = userId;
    }

    public void revoke(long userId, Instant now) {
        requirePendingAt(now);
        status = InvitationStatus.REVOKED;
        decidedAt = now;
        decidedBy = userId;
    }

    /** Called by the expiry job; returns whether this call expired it (a decided invitation stays as it is). */
    public boolean expireIfDue(Instant now) {
        if (status != InvitationStatus.PENDING || now.isBefore(expiresAt)) {
            return false;
        }
        status = InvitationStatus.EXPIRED;
        decidedAt = now;
        return true;
    }

    private void requirePendingAt(Instant now) {
        if (status == InvitationStatus.PENDING && !now.isBefore(expiresAt)) {
            throw new DomainConflict("INVITATION_EXPIRED", "the invitation has expired");
        }
        if (status != InvitationStatus.PENDING) {
            throw new DomainConflict("INVITATION_NOT_PENDING", "the invitation was already " + status, status.name());
        }
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public InvitationKind kind() {
        return kind;
    }

    public String email() {
        return email;
    }

    public InvitationStatus status() {
        return status;
    }

    public Set<Permission> permissions() {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    public long invitedBy() {
        return invitedBy;
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

    public long version() {
        return version;
    }
}
