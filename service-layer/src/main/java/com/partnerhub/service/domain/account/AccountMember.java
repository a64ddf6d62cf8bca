package com.partnerhub.service.domain.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import com.partnerhub.service.domain.shared.DomainConflict;

/** A user working in a customer account: its owner, or a collaborator with the permissions the owner granted. */
public class AccountMember {

    private Long accountId;
    private Long userId;
    private AccountRole role;
    private Set<Permission> permissions = new HashSet<>();
    private Instant addedAt;
    private Long siteId;
    private Instant endsAt;
    private Long untilOrderId;

    protected AccountMember() {
    }

    public static AccountMember owner(long accountId, long userId, Instant now) {
        AccountMember m = new AccountMember();
        m.accountId = accountId;
        m.userId = userId;
        m.role = AccountRole.OWNER;
        m.permissions.addAll(Permission.all());
        m.addedAt = now;
        return m;
    }

    public static AccountMember collaborator(long accountId, long userId, Set<Permission> permissions, Instant now) {
        AccountMember m = new AccountMember();
        m.accountId = accountId;
        m.userId = userId;
        m.role = AccountRole.COLLABORATOR;
        m.permissions.addAll(permissions);
        m.addedAt = now;
        return m;
    }

    /** The owner's permissions are fixed: an account must always have someone who can manage it. */
    public void setPermissions(Set<Permission> granted) {
        if (role == AccountRole.OWNER) {
            throw new DomainConflict("OWNER_PERMISSIONS_FIXED", "the owner always holds every permission");
        }
        permissions.clear();
        permissions.addAll(granted);
    }

    /** Adds permissions (a second invitation accepted by an existing collaborator). */
    public void grant(Set<Permission> more) {
        permissions.addAll(more);
    }

    /** Limits the grant (or lifts its limits with {@link AccessLimit#NONE}); the owner's access is never limited. */
    public void limitTo(AccessLimit limit) {
        if (role == AccountRole.OWNER && !limit.isNone()) {
            throw new DomainConflict("OWNER_PERMISSIONS_FIXED", "the owner always holds every permission");
        }
        siteId = limit.siteId();
        endsAt = limit.endsAt();
        untilOrderId = limit.untilOrderId();
    }

    public AccessLimit limit() {
        return new AccessLimit(siteId, endsAt, untilOrderId);
    }

    /** Whether the grant reaches this site of the account (a grant limited to one site reaches only that one). */
    public boolean reachesSite(Long site) {
        return siteId == null || siteId.equals(site);
    }

    public void promoteToOwner() {
        role = AccountRole.OWNER;
        siteId = null;
        endsAt = null;
        untilOrderId = null;
        permissions.addAll(Permission.all());
    }

    public boolean may(Permission permission) {
        return role == AccountRole.OWNER || permissions.contains(permission);
    }

    public long accountId() {
        return accountId;
    }

    public long userId() {
        return userId;
    }

    public AccountRole role() {
        return role;
    }

    public Set<Permission> permissions() {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    public Instant addedAt() {
        return addedAt;
    }

    public static class Key implements Serializable {
        private Long accountId;
        private Long userId;

        public Key() {
        }

        public Key(Long accountId, Long userId) {
            this.accountId = accountId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, userId);
        }
    }
}
