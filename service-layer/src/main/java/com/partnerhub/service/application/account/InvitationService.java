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
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.AccessRequest;
import com.partnerhub.service.domain.account.AccessLimit;
import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.identity.IdentityClaims;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.invitation.Invitation;
import com.partnerhub.service.domain.invitation.InvitationStatus;
import com.partnerhub.service.domain.invitation.InvitationKind;
import com.partnerhub.service.domain.invitation.InvitationRepository;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.Validator;

/** Inviting people into accounts, and their answers. */
@ApplicationScoped
@Transactional
public class InvitationService {

    public static final String SUBJECT = "INVITATION";

    private AccountRepository accounts;
    private InvitationRepository invitations;
    private AccountService accountService;
    private AccessPolicy access;
    private AccessGrants grants;
    private HistoryRecorder history;
    private Clock clock;

    protected InvitationService() {
    }

    @Inject
    public InvitationService(AccountRepository accounts, InvitationRepository invitations, AccountService accountService,
                             AccessPolicy access, AccessGrants grants, HistoryRecorder history, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.accountService = accountService;
        this.access = access;
        this.grants = grants;
        this.history = history;
        this.clock = clock;
    }

    /** An unlimited invitation by someone who needs no approval for it (the owner, or for ordinary permissions). */
    public IssuedInvitation invite(User caller, long accountId, String email, Set<Permission> permissions) {
        Invited invited = invite(caller, accountId, email, permissions, AccessLimit.NONE);
        if (invited.issued() == null) {
            throw new IllegalStateException("this invitation waits for the owner's approval: use the form with a limit");
        }
        return invited.issued();
    }

    /** An invitation sent ({@code issued}), or waiting for the owner's approval ({@code pending}). */
    public record Invited(IssuedInvitation issued, AccessRequest pending) {
    }

    /**
     * Invites someone as collaborator, their grant limited as asked (one site, an end date, until an order is completed).
     * An agency user asking for permissions above the threshold only makes a request the owner approves.
     */
    public Invited invite(User caller, long accountId, String email, Set<Permission> permissions, AccessLimit limit) {
        access.requirePermission(caller, accountId, Permission.MANAGE_COLLABORATORS);
        new Validator().required("email", email).email("email", email).maxLength("email", email, 320)
                .check(permissions != null && !permissions.isEmpty(), "permissions", "REQUIRED")
                .throwIfInvalid();
        String invitee = IdentityClaims.normalizeEmail(email);
        CustomerAccount account = accounts.find(accountId).orElseThrow(() -> new ResourceNotFound("account"));
        AccessLimit checked = grants.checked(accountId, limit);
        requireInvitable(account, invitee);
        if (grants.needsOwnerApproval(caller, account, permissions)) {
            return new Invited(null, grants.request(caller,
                    AccessRequest.toInvite(accountId, caller.id(), invitee, permissions, checked, clock.instant())));
        }
        return new Invited(issue(account, invitee, permissions, checked, caller), null);
    }

    private void requireInvitable(CustomerAccount account, String invitee) {
        if (accounts.hasMemberWithEmail(account.id(), invitee) || invitee.equals(account.ownerEmail())) {
            throw new DomainConflict("ALREADY_MEMBER", "already a member of this account", invitee);
        }
        if (invitations.hasPending(account.id(), invitee)) {
            throw new DomainConflict("INVITATION_PENDING", "an invitation to this e-mail is already pending", invitee);
        }
    }

    private IssuedInvitation issue(CustomerAccount account, String invitee, Set<Permission> permissions, AccessLimit limit,
                                   User inviter) {
        return accountService.issueInvitation(account, InvitationKind.COLLABORATOR, invitee, permissions, inviter, clock.instant(), limit);
    }

    /**
     * The owner decides an agency user's request: approved, the invitation goes out in the requester's name (limited
     * as asked) or the permissions are set; declined, nothing is granted. The requester is told either way.
     */
    public AccessRequest decide(User caller, long accountId, long requestId, boolean approve) {
        AccessRequest request = grants.decide(caller, accountId, requestId, approve);
        if (approve) {
            CustomerAccount account = accounts.find(accountId).orElseThrow(() -> new ResourceNotFound("account"));
            User requester = accountService.user(request.requestedBy());
            if (request.kind() == AccessRequest.Kind.INVITATION) {
                // still as it was asked: nobody has answered for them meanwhile, and the limit still holds (a date not passed)
                requireInvitable(account, request.email());
                issue(account, request.email(), request.permissions(), grants.checked(accountId, request.limit()), requester);
            } else {
                // only what was asked is added: whatever the owner changed meanwhile stays
                AccountMember target = accounts.member(accountId, request.memberUserId())
                        .orElseThrow(() -> new ResourceNotFound("member"));
                Set<Permission> granted = EnumSet.noneOf(Permission.class);
                granted.addAll(target.permissions());
                granted.addAll(request.permissions());
                accountService.apply(caller.id(), target, granted);
            }
        }
        return request;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invitation> ofAccount(User caller, long accountId) {
        access.requirePermission(caller, accountId, Permission.MANAGE_COLLABORATORS);
        return invitations.ofAccount(accountId);
    }

    public Invitation revoke(User caller, long accountId, long invitationId) {
        access.requirePermission(caller, accountId, Permission.MANAGE_COLLABORATORS);
        Invitation invitation = invitations.find(invitationId).filter(i -> i.accountId() == accountId)
                .orElseThrow(() -> new ResourceNotFound("invitation"));
        Map<String, Object> before = state(invitation);
        invitation.revoke(caller.id(), clock.instant());
        history.record(caller.id(), SUBJECT, invitation.id(), accountId, "INVITATION_REVOKED", before, state(invitation));
        return invitation;
    }

    /** An invitation with the name of the account it leads into, for people who are not in it yet. */
    public record Addressed(Invitation invitation, String accountName) {
    }

    /** Pending invitations addressed to the caller, for the inbox. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Addressed> pendingFor(User caller) {
        return invitations.pendingFor(caller.email()).stream()
                .map(i -> new Addressed(i, accounts.find(i.accountId()).map(CustomerAccount::name).orElse(null)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String accountName(long accountId) {
        return accounts.find(accountId).map(CustomerAccount::name).orElse(null);
    }

    /** Accepting makes the invitee a collaborator (or, for an account opened on their behalf, its owner). */
    public Invitation accept(User caller, Answer answer) {
        Invitation invitation = find(caller, answer);
        Instant now = clock.instant();
        Map<String, Object> before = state(invitation);
        invitation.accept(caller.id(), caller.email(), now);
        long accountId = invitation.accountId();
        Optional<AccountMember> existing = accounts.member(accountId, caller.id());
        if (invitation.kind() == InvitationKind.OWNERSHIP) {
            CustomerAccount account = accounts.find(accountId).orElseThrow(() -> new ResourceNotFound("account"));
            account.takeOver(caller.id(), caller.email());
            existing.ifPresentOrElse(AccountMember::promoteToOwner,
                    () -> accounts.addMember(AccountMember.owner(accountId, caller.id(), now)));
            history.record(caller.id(), AccountService.SUBJECT, accountId, accountId, "ACCOUNT_TAKEN_OVER",
                    Map.of("ownerUserId", "none"), Map.of("ownerUserId", caller.id()));
        } else {
            existing.ifPresentOrElse(m -> m.grant(invitation.permissions()), () -> accounts.addMember(
                    AccountMember.collaborator(accountId, caller.id(), invitation.permissions(), now)).limitTo(invitation.limit()));
        }
        history.record(caller.id(), SUBJECT, invitation.id(), accountId, "INVITATION_ACCEPTED", before, state(invitation));
        return invitation;
    }

    public Invitation decline(User caller, Answer answer) {
        Invitation invitation = find(caller, answer);
        Map<String, Object> before = state(invitation);
        invitation.decline(caller.id(), caller.email(), clock.instant());
        history.record(caller.id(), SUBJECT, invitation.id(), invitation.accountId(), "INVITATION_DECLINED", before,
                state(invitation));
        return invitation;
    }

    /** The reminder job's effect: an invitation still pending tells the invitee it expires soon. */
    public void remindExpiring(long invitationId) {
        invitations.find(invitationId)
                .filter(i -> i.status() == InvitationStatus.PENDING && i.expiresAt().isAfter(clock.instant()))
                .ifPresent(i -> history.record(null, SUBJECT, i.id(), i.accountId(), "INVITATION_EXPIRING", null, state(i)));
    }

    /** The expiry job's effect: a still-pending invitation past its time expires; anything else is left alone. */
    public void expire(long invitationId) {
        invitations.find(invitationId).ifPresent(invitation -> {
            Map<String, Object> before = state(invitation);
            if (invitation.expireIfDue(clock.instant())) {
                history.record(null, SUBJECT, invitation.id(), invitation.accountId(), "INVITATION_EXPIRED", before,
                        state(invitation));
            }
        });
    }

    private Invitation find(User caller, Answer answer) {
        Optional<Invitation> found = answer.byToken()
                ? invitations.findByTokenHash(answer.tokenHash())
                : invitations.find(answer.id()).filter(i -> i.email().equals(caller.email()));
        return found.orElseThrow(() -> new ResourceNotFound("invitation"));
    }

    static Map<String, Object> state(Invitation i) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", i.kind());
        s.put("email", i.email());
        s.put("status", i.status());
        s.put("permissions", i.permissions());
        s.put("expiresAt", i.expiresAt());
        return s;
    }
}
