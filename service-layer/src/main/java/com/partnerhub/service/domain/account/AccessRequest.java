package com.partnerhub.service.domain.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import com.partnerhub.service.domain.shared.DomainConflict;

/**
 * An agency user asked for permissions above the threshold (an invitation or a change of someone's permissions);
 * nothing is granted until the account's owner approves, and a decline grants nothing.
 */
public class AccessRequest {

    public enum Kind {
        INVITATION,
        PERMISSIONS
    }

    public enum Status {
        PENDING,
        APPROVED,
        DECLINED
    }

    private Long id;
    private Long accountId;
    private Kind kind;
    private Long requestedBy;
    private String email;
    private Long memberUserId;
    private Set<Permission> permissions = new HashSet<>();
    private Long siteId;
    private Instant endsAt;
    private Long untilOrderId;
    private Status status;
    private Instant createdAt;
    private Instant decidedAt;
    private Long decidedBy;
    private long version;

    protected AccessRequest() {
    }

    public static AccessRequest toInvite(long accountId, long requestedBy, String email, Set<Permission> permissions,
                                         AccessLimit limit, Instant now) {
        AccessRequest r = create(accountId, Kind.INVITATION, requestedBy, permissions, limit, now);
        r.email = email;
        return r;
    }

    public static AccessRequest toChange(long accountId, long requestedBy, long memberUserId, Set<Permission> permissions,
                                         Instant now) {
        AccessRequest r = create(accountId, Kind.PERMISSIONS, requestedBy, permissions, AccessLimit.NONE, now);
        r.memberUserId = memberUserId;
        return r;
    }

    private static AccessRequest create(long accountId, Kind kind, long requestedBy, Set<Permission> permissions,
                                        AccessLimit limit, Instant now) {
        AccessRequest r = new AccessRequest();
        r.accountId = accountId;
        r.kind = kind;
        r.requestedBy = requestedBy;
        r.permissions.addAll(permissions);
        r.siteId = limit.siteId();
        r.endsAt = limit.endsAt();
        r.untilOrderId = limit.untilOrderId();
        r.status = Status.PENDING;
        r.createdAt = now;
        return r;
    }

    public void decide(boolean approved, long ownerId, Instant now) {
        if (status != Status.PENDING) {
            throw new DomainConflict("ACCESS_REQUEST_DECIDED", "the request was already " + status, status.name());
        }
        status = approved ? Status.APPROVED : Status.DECLINED;
        decidedAt = now;
        decidedBy = ownerId;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public Kind kind() {
        return kind;
    }

    public long requestedBy() {
        return requestedBy;
    }

    public String email() {
        return email;
    }

    public Long memberUserId() {
        return memberUserId;
    }

    public Set<Permission> permissions() {
        return permissions.isEmpty() ? Set.of() : EnumSet.copyOf(permissions);
    }

    public AccessLimit limit() {
        return new AccessLimit(siteId, endsAt, untilOrderId);
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }
}
