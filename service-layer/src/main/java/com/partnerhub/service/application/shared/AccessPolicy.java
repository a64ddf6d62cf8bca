package com.partnerhub.service.application.shared;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.identity.PlatformRole;
import com.partnerhub.service.domain.identity.User;

/**
 * Who may see and do what, decided from the service's own data: agency memberships, account memberships
 * with their permissions, and the platform roles of provider staff and admins.
 */
@ApplicationScoped
public class AccessPolicy {

    private AccountRepository accounts;

    protected AccessPolicy() {
    }

    @Inject
    public AccessPolicy(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Provider staff and admins see everything (support); they change only what their role is for. */
    public boolean isStaff(User user) {
        return user.has(PlatformRole.PROVIDER_STAFF) || user.has(PlatformRole.ADMIN);
    }

    /** Read with the person (memberships are provisioned by the portal; no use case here changes them). */
    public Set<Long> agencyIdsOf(User user) {
        return user.agencyIds();
    }

    public boolean worksFor(User user, long agencyId) {
        return agencyIdsOf(user).contains(agencyId);
    }

    /** Portal-admin-only use cases refuse everyone else with 403, saying why. */
    public static void requireAdmin(User user, String why) {
        if (!user.has(PlatformRole.ADMIN)) {
            throw new ActionForbidden(why);
        }
    }

    public Optional<AccountMember> membership(User user, long accountId) {
        return accounts.member(accountId, user.id());
    }

    /** The caller's membership, or 404 when they are neither member nor staff. Staff get an empty membership. */
    public Optional<AccountMember> requireVisibleAccount(User user, long accountId) {
        Optional<AccountMember> m = membership(user, accountId);
        if (m.isEmpty() && !isStaff(user)) {
            throw new ResourceNotFound("account");
        }
        return m;
    }

    /** 404 for those who may not see the account, 403 for those who see it but lack the permission. */
    public AccountMember requirePermission(User user, long accountId, Permission permission) {
        Optional<AccountMember> m = requireVisibleAccount(user, accountId);
        if (m.isEmpty() || !m.get().may(permission)) {
            throw new ActionForbidden("needs " + permission);
        }
        return m.get();
    }
}
