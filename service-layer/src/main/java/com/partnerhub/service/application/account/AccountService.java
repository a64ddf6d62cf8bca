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
import com.partnerhub.service.application.shared.Deadlines;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.AccessRequest;
import com.partnerhub.service.domain.account.AccessLimit;
import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.account.AccountRole;
import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.history.HistoryRepository;
import com.partnerhub.service.domain.identity.IdentityClaims;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.identity.UserRepository;
import com.partnerhub.service.domain.invitation.Invitation;
import com.partnerhub.service.domain.invitation.InvitationKind;
import com.partnerhub.service.domain.invitation.InvitationRepository;
import com.partnerhub.service.domain.job.JobKind;
import com.partnerhub.service.domain.job.JobRepository;
import com.partnerhub.service.domain.job.ScheduledJob;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.SecretToken;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.domain.shared.Violation;

/** Customer accounts and who works in them with which permissions. */
@ApplicationScoped
@Transactional
public class AccountService {

    public static final String SUBJECT = "ACCOUNT";

    /** What an agency may do in an account it opened, unless agreed otherwise. */
    public static final Set<Permission> DEFAULT_AGENCY_PERMISSIONS = EnumSet.of(
            Permission.ORDER_PRODUCTS, Permission.CHANGE_SPECS, Permission.CONTACT_SUPPORT, Permission.EDIT_SITE);

    private AccountRepository accounts;
    private InvitationRepository invitations;
    private UserRepository users;
    private JobRepository jobs;
    private HistoryRepository historyEntries;
    private AccessPolicy access;
    private HistoryRecorder history;
    private Deadlines deadlines;
    private AccessGrants grants;
    private Clock clock;

    protected AccountService() {
    }

    @Inject
    public AccountService(AccountRepository accounts, InvitationRepository invitations, UserRepository users,
                          JobRepository jobs, HistoryRepository historyEntries, AccessPolicy access,
                          HistoryRecorder history, Deadlines deadlines, AccessGrants grants, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.users = users;
        this.jobs = jobs;
        this.historyEntries = historyEntries;
        this.access = access;
        this.history = history;
        this.deadlines = deadlines;
        this.grants = grants;
        this.clock = clock;
    }

    /** An opened account, the caller's membership in it, and the ownership invitation when opened on behalf. */
    public record Opened(CustomerAccount account, AccountMember callerMembership, Optional<IssuedInvitation> ownerInvitation) {
    }

    public Opened open(User caller, OpenAccount command) {
        Instant now = clock.instant();
        if (command.onBehalfOfAgencyId() == null) {
            new Validator().check(command.customerEmail() == null || command.customerEmail().isBlank()
                            || IdentityClaims.normalizeEmail(command.customerEmail()).equals(caller.email()),
                    "customerEmail", "MUST_BE_YOUR_OWN").throwIfInvalid();
            ensureEmailCanOwn(caller.email());
            CustomerAccount account = accounts.add(CustomerAccount.openByCustomer(command.name(), caller.email(), caller.id(), now));
            AccountMember owner = accounts.addMember(AccountMember.owner(account.id(), caller.id(), now));
            history.record(caller.id(), SUBJECT, account.id(), account.id(), "ACCOUNT_OPENED", null, state(account));
            return new Opened(account, owner, Optional.empty());
        }

        if (!access.worksFor(caller, command.onBehalfOfAgencyId())) {
            throw new ResourceNotFound("agency");
        }
        new Validator()
                .required("customerEmail", command.customerEmail())
                .email("customerEmail", command.customerEmail())
                .check(command.authorisationConfirmed(), "authorisation.confirmed", "MUST_BE_TRUE")
                .required("authorisation.note", command.authorisationNote())
                .required("name", command.name())
                .throwIfInvalid();
        String customerEmail = IdentityClaims.normalizeEmail(command.customerEmail());
        ensureEmailCanOwn(customerEmail);

        CustomerAccount account = accounts.add(CustomerAccount.openOnBehalf(command.name(), customerEmail,
                command.onBehalfOfAgencyId(), command.authorisationNote(), command.billingParty(), now));
        Set<Permission> agreed = command.agencyPermissions() == null || command.agencyPermissions().isEmpty()
                ? DEFAULT_AGENCY_PERMISSIONS : command.agencyPermissions();
        AccountMember agencyMember = accounts.addMember(AccountMember.collaborator(account.id(), caller.id(), agreed, now));
        IssuedInvitation invitation = issueInvitation(account, InvitationKind.OWNERSHIP, customerEmail, Permission.all(), caller, now);
        Map<String, Object> after = state(account);
        after.put("agencyPermissions", agreed);
        history.record(caller.id(), SUBJECT, account.id(), account.id(), "ACCOUNT_OPENED_ON_BEHALF", null, after);
        return new Opened(account, agencyMember, Optional.of(invitation));
    }

    /** An e-mail that already owns a customer account cannot register a second one. */
    private void ensureEmailCanOwn(String email) {
        if (accounts.findByOwnerEmail(email).isPresent()) {
            throw new DomainConflict("EMAIL_ALREADY_REGISTERED", "the e-mail already has an account", email);
        }
    }

    IssuedInvitation issueInvitation(CustomerAccount account, InvitationKind kind, String email, Set<Permission> permissions,
                                     User inviter, Instant now) {
        return issueInvitation(account, kind, email, permissions, inviter, now, AccessLimit.NONE);
    }

    IssuedInvitation issueInvitation(CustomerAccount account, InvitationKind kind, String email, Set<Permission> permissions,
                                     User inviter, Instant now, AccessLimit limit) {
        SecretToken token = SecretToken.generate();
        Invitation created = Invitation.create(account.id(), kind, email, permissions, inviter.id(), token, now,
                deadlines.invitationValidity());
        created.limitTo(limit);
        Invitation invitation = invitations.add(created);
        jobs.schedule(new ScheduledJob(JobKind.INVITATION_EXPIRY, invitation.id(), invitation.expiresAt(), now));
        ScheduledJob.reminderBefore(JobKind.INVITATION_EXPIRY_REMINDER, invitation.id(), invitation.expiresAt(), now)
                .ifPresent(jobs::schedule);
        history.record(inviter.id(), InvitationService.SUBJECT, invitation.id(), account.id(), "INVITATION_SENT", null,
                InvitationService.state(invitation));
        return new IssuedInvitation(invitation, token.value());
    }

    User user(long userId) {
        return users.find(userId).orElseThrow(() -> new ResourceNotFound("user"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountRepository.Membership> mine(User caller) {
        return accounts.membershipsOf(caller.id());
    }

    /** The account and the caller's membership in it (empty for staff, who see but are not members). */
    public record Viewed(CustomerAccount account, Optional<AccountMember> callerMembership) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Viewed view(User caller, long accountId) {
        Optional<AccountMember> m = access.requireVisibleAccount(caller, accountId);
        return new Viewed(accounts.find(accountId).orElseThrow(() -> new ResourceNotFound("account")), m);
    }

    public record Member(AccountMember membership, User user) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Member> members(User caller, long accountId) {
        access.requireVisibleAccount(caller, accountId);
        List<AccountMember> members = accounts.members(accountId);
        Map<Long, User> byId = new java.util.HashMap<>();
        users.findAll(members.stream().map(AccountMember::userId).toList()).forEach(u -> byId.put(u.id(), u));
        return members.stream().map(m -> new Member(m, byId.get(m.userId()))).toList();
    }

    /** A change of someone's permissions: made ({@code member}), or waiting for the owner's approval ({@code pending}). */
    public record PermissionsChange(AccountMember member, AccessRequest pending) {
    }

    /**
     * Sets a collaborator's permissions. Permissions above the threshold that an agency user adds are not granted but
     * asked of the owner ({@link AccessGrants}); the rest of the change is made at once. {@code member} is the member
     * as changed now, {@code pending} the request, if any.
     */
    public PermissionsChange setPermissions(User caller, long accountId, long userId, Set<Permission> permissions) {
        access.requirePermission(caller, accountId, Permission.MANAGE_COLLABORATORS);
        AccountMember target = accounts.member(accountId, userId).orElseThrow(() -> new ResourceNotFound("member"));
        CustomerAccount account = accounts.find(accountId).orElseThrow(() -> new ResourceNotFound("account"));
        Set<Permission> added = EnumSet.noneOf(Permission.class);
        added.addAll(permissions);
        added.removeAll(target.permissions());
        Set<Permission> waiting = target.role() == AccountRole.OWNER ? Set.of() : grants.waitingForOwner(caller, account, added);
        if (waiting.isEmpty()) {
            return new PermissionsChange(apply(caller.id(), target, permissions), null);
        }
        Set<Permission> now = EnumSet.noneOf(Permission.class);
        now.addAll(permissions);
        now.removeAll(waiting);
        if (!now.equals(target.permissions())) {
            apply(caller.id(), target, now);
        }
        return new PermissionsChange(target, grants.request(caller,
                AccessRequest.toChange(accountId, caller.id(), userId, waiting, clock.instant())));
    }

    /** Sets the permissions and records it; {@code actorId} is who decided (the owner, when a request was approved). */
    AccountMember apply(long actorId, AccountMember target, Set<Permission> permissions) {
        long accountId = target.accountId();
        long userId = target.userId();
        Set<Permission> before = target.permissions();
        target.setPermissions(permissions);
        history.record(actorId, SUBJECT, accountId, accountId, "PERMISSIONS_CHANGED",
                Map.of("userId", userId, "permissions", before), Map.of("userId", userId, "permissions", target.permissions()));
        return target;
    }

    /**
     * Who receives the account's invoices: the customer, or an agency that works in the account. Needs
     * MANAGE_BILLING. Invoices issued afterwards follow the new setting; issued ones keep their addressee.
     */
    public CustomerAccount changeBilling(User caller, long accountId, BillingParty party, Long agencyId) {
        access.requirePermission(caller, accountId, Permission.MANAGE_BILLING);
        new Validator().required("billingParty", party).throwIfInvalid();
        CustomerAccount account = accounts.find(accountId).orElseThrow(() -> new ResourceNotFound("account"));
        if (party == BillingParty.AGENCY && agencyId != null && !accounts.hasMemberOfAgency(accountId, agencyId)) {
            throw new ValidationException(List.of(new Violation("billingAgencyId", "NOT_IN_ACCOUNT")));
        }
        Map<String, Object> before = Map.of("billingParty", account.billingParty(),
                "billingAgencyId", account.billingAgencyId() == null ? "none" : account.billingAgencyId());
        account.billTo(party, agencyId);
        history.record(caller.id(), SUBJECT, accountId, accountId, "BILLING_CHANGED", before,
                Map.of("billingParty", account.billingParty(),
                        "billingAgencyId", account.billingAgencyId() == null ? "none" : account.billingAgencyId()));
        return account;
    }

    /** Managers remove collaborators; a collaborator may also leave. The owner stays, always. */
    public void removeMember(User caller, long accountId, long userId) {
        if (caller.id() != userId) {
            access.requirePermission(caller, accountId, Permission.MANAGE_COLLABORATORS);
        } else {
            access.requireVisibleAccount(caller, accountId);
        }
        AccountMember target = accounts.member(accountId, userId).orElseThrow(() -> new ResourceNotFound("member"));
        if (target.role() == AccountRole.OWNER) {
            throw new DomainConflict("OWNER_CANNOT_BE_REMOVED", "an account always keeps its owner");
        }
        accounts.removeMember(target);
        history.record(caller.id(), SUBJECT, accountId, accountId, "MEMBER_REMOVED",
                Map.of("userId", userId, "permissions", target.permissions()), null);
    }

    /** The audit log of an account: for those who manage its collaborators, and for staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntry> history(User caller, long accountId, long afterId, int limit) {
        Optional<AccountMember> m = access.requireVisibleAccount(caller, accountId);
        if (m.isPresent() && !m.get().may(Permission.MANAGE_COLLABORATORS) && !access.isStaff(caller)) {
            throw new ActionForbidden("needs MANAGE_COLLABORATORS");
        }
        return Page.of(historyEntries.ofAccount(accountId, afterId, limit + 1), limit, HistoryEntry::id);
    }

    static Map<String, Object> state(CustomerAccount a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", a.name());
        s.put("ownerEmail", a.ownerEmail());
        s.put("ownerUserId", a.ownerUserId());
        s.put("billingParty", a.billingParty());
        s.put("billingAgencyId", a.billingAgencyId());
        s.put("openedByAgencyId", a.openedByAgencyId());
        s.put("authorisationNote", a.authorisationNote());
        return s;
    }
}
