package com.partnerhub.service.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.AccessLimit;
import com.partnerhub.service.domain.account.AccessRequest;
import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.order.OrderRepository;
import com.partnerhub.service.domain.order.OrderStatus;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.domain.site.SiteRepository;

/**
 * How far a collaborator's access reaches and how long it lasts: limits to one site, a date or an order; grants that
 * end by themselves (claimed by the scheduler, the member and the owner are told); and the owner's approval that
 * permissions above the threshold need when an agency user asks for them.
 */
@ApplicationScoped
@Transactional
public class AccessGrants {

    private AccountRepository accounts;
    private SiteRepository sites;
    private OrderRepository orders;
    private AccessPolicy access;
    private HistoryRecorder history;
    private AccessRules rules;
    private Clock clock;

    protected AccessGrants() {
    }

    @Inject
    public AccessGrants(AccountRepository accounts, SiteRepository sites, OrderRepository orders, AccessPolicy access,
                        HistoryRecorder history, AccessRules rules, Clock clock) {
        this.accounts = accounts;
        this.sites = sites;
        this.orders = orders;
        this.access = access;
        this.history = history;
        this.rules = rules;
        this.clock = clock;
    }

    /** Whether granting these permissions waits for the owner: asked by someone of an agency who is not the owner. */
    public boolean needsOwnerApproval(User caller, CustomerAccount account, Set<Permission> permissions) {
        return !waitingForOwner(caller, account, permissions).isEmpty();
    }

    /** Of these permissions, those that wait for the owner when this caller grants them (none for the owner). */
    public Set<Permission> waitingForOwner(User caller, CustomerAccount account, Set<Permission> permissions) {
        if (account.isOwnedBy(caller.id()) || access.agencyIdsOf(caller).isEmpty()) {
            return Set.of();
        }
        Set<Permission> waiting = EnumSet.noneOf(Permission.class);
        permissions.stream().filter(rules.ownerApproval()::contains).forEach(waiting::add);
        return waiting;
    }

    /** A limit as asked for, checked against the account: its own site, a future date, one of its running orders. */
    public AccessLimit checked(long accountId, AccessLimit limit) {
        if (limit == null || limit.isNone()) {
            return AccessLimit.NONE;
        }
        Instant now = clock.instant();
        boolean siteOfAccount = limit.siteId() == null || sites.find(limit.siteId())
                .map(s -> Long.valueOf(accountId).equals(s.ownerAccountId())).orElse(false);
        boolean runningOrder = limit.untilOrderId() == null || orders.find(limit.untilOrderId())
                .map(o -> o.accountId() == accountId && o.status() == OrderStatus.ACTIVE).orElse(false);
        new Validator().check(siteOfAccount, "siteId", "SITE_NOT_IN_ACCOUNT")
                .check(limit.endsAt() == null || limit.endsAt().isAfter(now), "accessEndsAt", "NOT_IN_THE_FUTURE")
                .check(runningOrder, "untilOrderId", "NOT_A_RUNNING_ORDER")
                .throwIfInvalid();
        return limit;
    }

    /** Records the request the owner decides on; the owner is told. */
    public AccessRequest request(User caller, AccessRequest request) {
        AccessRequest added = accounts.addAccessRequest(request);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("requestId", added.id());
        after.put("kind", added.kind());
        after.put("requestedBy", caller.id());
        after.put("permissions", added.permissions());
        if (added.email() != null) {
            after.put("email", added.email());
        }
        history.record(caller.id(), AccountService.SUBJECT, added.accountId(), added.accountId(), "ACCESS_REQUESTED", null, after);
        return added;
    }

    /** The account's requests: for its owner and those who manage its collaborators, and staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccessRequest> requests(User caller, long accountId) {
        if (!access.isStaff(caller)) {
            access.requirePermission(caller, accountId, Permission.MANAGE_COLLABORATORS);
        }
        return accounts.accessRequestsOf(accountId);
    }

    /** The owner (only) approves or declines; the request is returned decided, for the caller to carry out. */
    public AccessRequest decide(User caller, long accountId, long requestId, boolean approve) {
        CustomerAccount account = accounts.find(accountId).orElseThrow(() -> new ResourceNotFound("account"));
        AccessRequest request = accounts.findAccessRequest(requestId).filter(r -> r.accountId() == accountId)
                .orElseThrow(() -> new ResourceNotFound("access request"));
        if (!account.isOwnedBy(caller.id())) {
            if (access.membership(caller, accountId).isPresent() || access.isStaff(caller)) {
                throw new ActionForbidden("only the account's owner approves");
            }
            throw new ResourceNotFound("access request");
        }
        request.decide(approve, caller.id(), clock.instant());
        history.record(caller.id(), AccountService.SUBJECT, accountId, accountId, approve ? "ACCESS_APPROVED" : "ACCESS_DECLINED",
                null, Map.of("requestId", request.id(), "userId", request.requestedBy(), "permissions", request.permissions()));
        return request;
    }

    /**
     * Limits (or frees) an existing collaborator's grant; for those who manage collaborators. Lifting or loosening a
     * limit, and any change to one's own, is the owner's alone: a limited collaborator cannot free themselves.
     */
    public AccountMember limit(User caller, long accountId, long userId, AccessLimit limit) {
        access.requirePermission(caller, accountId, Permission.MANAGE_COLLABORATORS);
        AccountMember member = accounts.member(accountId, userId).orElseThrow(() -> new ResourceNotFound("member"));
        AccessLimit before = member.limit();
        AccessLimit after = checked(accountId, limit);
        CustomerAccount account = accounts.find(accountId).orElseThrow(() -> new ResourceNotFound("account"));
        if (!account.isOwnedBy(caller.id()) && (caller.id() == userId || after.loosens(before))) {
            throw new ActionForbidden("only the account's owner lifts or loosens a limit, or changes one's own");
        }
        member.limitTo(after);
        history.record(caller.id(), AccountService.SUBJECT, accountId, accountId, "ACCESS_LIMITED",
                state(userId, before), state(userId, member.limit()));
        return member;
    }

    /**
     * The scheduler's effect: one grant whose date passed or whose order completed ends (the collaborator leaves the
     * account); the collaborator and the owner are told. Returns whose grant ended, if any.
     */
    public Optional<AccountMember> endNextEndedGrant() {
        Instant now = clock.instant();
        return accounts.claimEndedGrant(now).map(member -> {
            AccessLimit limit = member.limit();
            boolean byDate = limit.endsAt() != null && !limit.endsAt().isAfter(now);
            Map<String, Object> before = new LinkedHashMap<>(state(member.userId(), limit));
            before.put("permissions", EnumSet.copyOf(member.permissions().isEmpty() ? EnumSet.noneOf(Permission.class)
                    : member.permissions()));
            before.put("reason", byDate ? "END_DATE" : "ORDER_COMPLETED");
            accounts.removeMember(member);
            history.record(null, AccountService.SUBJECT, member.accountId(), member.accountId(), "ACCESS_ENDED", before, null);
            return member;
        });
    }

    private static Map<String, Object> state(long userId, AccessLimit limit) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("userId", userId);
        s.put("siteId", limit.siteId() == null ? "all" : limit.siteId());
        s.put("accessEndsAt", limit.endsAt() == null ? "none" : limit.endsAt());
        s.put("untilOrderId", limit.untilOrderId() == null ? "none" : limit.untilOrderId());
        return s;
    }
}
