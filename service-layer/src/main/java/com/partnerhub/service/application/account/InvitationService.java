package com.partnerhub.service.application.account;

import java.time.Clock;
import java.time.Instant;
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
    private HistoryRecorder history;
    private Clock clock;

    protected InvitationService() {
    }

    @Inject
    public InvitationService(AccountRepository accounts, InvitationRepository invitations, AccountService accountService,
                             AccessPolicy access, HistoryRecorder history, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.accountService = accountService;
        this.access = access;
        this.history = history;
        this.clock = clock;
    }

    public IssuedInvitation invite(User caller, long accountId, String email, Set<Permission> permissions) {
        access.requirePermission(caller, accountId, Permission.MANAGE_COLLABORATORS);
        new Validator().required("email", email).email("email", email).maxLength("email", email, 320)
                .check(permissions != null && !permissions.isEmpty(), "permissions", "REQUIRED")
                .throwIfInvalid();
        String invitee = IdentityClaims.normalizeEmail(email);
        CustomerAccount account = accounts.find(accountId).orElseThrow(() -> new ResourceNotFound("account"));
        if (accounts.hasMemberWithEmail(accountId, invitee) || invitee.equals(account.ownerEmail())) {
            throw new DomainConflict("ALREADY_MEMBER", "already a member of this account", invitee);
        }
        if (invitations.hasPending(accountId, invitee)) {
            throw new DomainConflict("INVITATION_PENDING", "an invitation to this e-mail is already pending", invitee);
        }
        return accountService.issueInvitation(account, InvitationKind.COLLABORATOR, invitee, permissions, caller, clock.instant());
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
            existing.ifPresentOrElse(m -> m.grant(invitation.permissions()),
                    () -> accounts.addMember(AccountMember.collaborator(accountId, caller.id(), invitation.permissions(), now)));
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
