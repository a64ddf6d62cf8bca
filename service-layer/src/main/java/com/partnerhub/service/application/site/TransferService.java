package com.partnerhub.service.application.site;

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

import com.partnerhub.service.application.account.AccountService;
import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.Deadlines;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.identity.IdentityClaims;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.invoice.InvoiceRepository;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderRepository;
import com.partnerhub.service.domain.job.JobKind;
import com.partnerhub.service.domain.job.JobRepository;
import com.partnerhub.service.domain.job.ScheduledJob;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.SecretToken;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.domain.site.Domain;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.domain.site.SiteRepository;
import com.partnerhub.service.domain.site.SiteTransfer;
import com.partnerhub.service.domain.site.TransferStatus;

/** Handing a site from the agency to its customer: ownership and billing move together, once. */
@ApplicationScoped
@Transactional
public class TransferService {

    public static final String SUBJECT = "TRANSFER";
    /** What an agency that stays on after a transfer may do in the customer's account. */
    public static final Set<Permission> STAY_PERMISSIONS = SiteHandover.STAY_PERMISSIONS;

    private SiteRepository sites;
    private AccountRepository accounts;
    private OrderRepository orders;
    private InvoiceRepository invoices;
    private JobRepository jobs;
    private SiteHandover handover;
    private AccessPolicy access;
    private HistoryRecorder history;
    private Deadlines deadlines;
    private Clock clock;

    protected TransferService() {
    }

    @Inject
    public TransferService(SiteRepository sites, AccountRepository accounts, OrderRepository orders, InvoiceRepository invoices,
                           JobRepository jobs, SiteHandover handover, AccessPolicy access, HistoryRecorder history,
                           Deadlines deadlines, Clock clock) {
        this.sites = sites;
        this.accounts = accounts;
        this.orders = orders;
        this.invoices = invoices;
        this.jobs = jobs;
        this.handover = handover;
        this.access = access;
        this.history = history;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** A new transfer and its token, which leaves the service only in this answer (and the recipient's mail). */
    public record Issued(SiteTransfer transfer, String token) {
    }

    public Issued start(User caller, long siteId, String recipientEmail, boolean stayAsCollaborator) {
        Site site = transferable(caller, siteId);
        new Validator().required("recipientEmail", recipientEmail).email("recipientEmail", recipientEmail)
                .maxLength("recipientEmail", recipientEmail, 320).throwIfInvalid();
        if (sites.hasPendingTransfer(siteId)) {
            throw new DomainConflict("TRANSFER_PENDING", "a transfer of this site is already pending");
        }
        Instant now = clock.instant();
        SecretToken token = SecretToken.generate();
        SiteTransfer transfer = sites.addTransfer(SiteTransfer.start(site, IdentityClaims.normalizeEmail(recipientEmail),
                stayAsCollaborator, caller.id(), token, now, deadlines.transferValidity()));
        jobs.schedule(new ScheduledJob(JobKind.TRANSFER_EXPIRY, transfer.id(), transfer.expiresAt(), now));
        ScheduledJob.reminderBefore(JobKind.TRANSFER_EXPIRY_REMINDER, transfer.id(), transfer.expiresAt(), now)
                .ifPresent(jobs::schedule);
        history.record(caller.id(), SUBJECT, transfer.id(), null, "TRANSFER_STARTED", null, state(transfer));
        return new Issued(transfer, token.value());
    }

    /**
     * What offering the site would do, for the agency before it offers it: the site with its domain and plan moves into
     * the recipient's account and is billed there from then on; its unpaid invoices stay addressed to the agency; its
     * open orders bill their later milestones to the customer; the agency keeps {@link #STAY_PERMISSIONS} or no access.
     */
    public record Preview(Site site, List<Invoice> unpaidInvoices, List<Order> openOrders, boolean stayAsCollaborator,
                          Set<Permission> keptPermissions, java.time.Duration validity, List<Domain> domains) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(User caller, long siteId, boolean stayAsCollaborator) {
        Site site = transferable(caller, siteId);
        if (sites.hasPendingTransfer(siteId)) {
            throw new DomainConflict("TRANSFER_PENDING", "a transfer of this site is already pending");
        }
        return new Preview(site, invoices.unpaidOfSite(siteId), orders.activeOnSite(siteId), stayAsCollaborator,
                stayAsCollaborator ? STAY_PERMISSIONS : Set.of(), deadlines.transferValidity(), sites.domainsOf(siteId));
    }

    /** The site, for a member of the agency that still owns it; staff are refused, anyone else does not see it. */
    private Site transferable(User caller, long siteId) {
        Site site = sites.find(siteId).orElseThrow(() -> new ResourceNotFound("site"));
        if (!access.worksFor(caller, site.agencyId())) {
            if (access.isStaff(caller)) {
                throw new ActionForbidden("only the agency transfers its sites");
            }
            throw new ResourceNotFound("site");
        }
        if (!site.isUnderAgency()) {
            throw new DomainConflict("SITE_ALREADY_TRANSFERRED", "the site already belongs to a customer account");
        }
        return site;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SiteTransfer> ofSite(User caller, long siteId) {
        Site site = sites.find(siteId).orElseThrow(() -> new ResourceNotFound("site"));
        if (!access.worksFor(caller, site.agencyId()) && !access.isStaff(caller)) {
            throw new ResourceNotFound("site");
        }
        return sites.transfersOf(siteId);
    }

    /** A transfer with the name of its site, for a recipient who cannot see the site yet. */
    public record Addressed(SiteTransfer transfer, String siteName) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Addressed> pendingFor(User caller) {
        return sites.pendingTransfersFor(caller.email()).stream()
                .map(t -> new Addressed(t, siteName(t.siteId()))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String siteName(long siteId) {
        return sites.find(siteId).map(Site::name).orElse(null);
    }

    /**
     * The recipient accepts: the site moves into the account they own (opened for them if they have none),
     * billing with it; the agency stays on as collaborator if it chose so. One transaction; a concurrent
     * cancel or second accept loses with 409.
     */
    public SiteTransfer accept(User caller, Answer answer) {
        SiteTransfer transfer = find(caller, answer);
        Instant now = clock.instant();
        transfer.requireAnswerableBy(caller.email(), now);
        Map<String, Object> before = state(transfer);
        Site site = sites.find(transfer.siteId()).orElseThrow(() -> new ResourceNotFound("site"));
        CustomerAccount account = accounts.findByOwnerEmail(caller.email())
                .orElseGet(() -> openAccountFor(caller, site, now));
        if (account.ownerUserId() == null) {
            // an account an agency opened for this customer: accepting the site is taking it over, too
            account.takeOver(caller.id(), caller.email());
            accounts.member(account.id(), caller.id()).ifPresentOrElse(AccountMember::promoteToOwner,
                    () -> accounts.addMember(AccountMember.owner(account.id(), caller.id(), now)));
        }
        transfer.accept(caller.id(), caller.email(), account.id(), now, deadlines.undoWindow());
        SiteHandover.Moved moved = handover.move(site, account, transfer.startedBy(), transfer.stayAsCollaborator(), now);
        transfer.remember(moved.restoreState());
        Map<String, Object> after = state(transfer);
        if (transfer.stayAsCollaborator()) {
            // what the one who stays may do from now on: the portal's mirror gives them the matching site role
            after.put("collaboratorPermissions", moved.agencyKeeps());
        }
        recordMove(caller.id(), site, account, moved);
        history.record(caller.id(), SUBJECT, transfer.id(), account.id(), "TRANSFER_ACCEPTED", before, after);
        return transfer;
    }

    private void recordMove(Long actorId, Site site, CustomerAccount account, SiteHandover.Moved moved) {
        Map<String, Object> after = new LinkedHashMap<>(Map.of("ownerAccountId", account.id(), "billingParty", account.billingParty()));
        after.put("domains", moved.domains().stream().map(Domain::name).toList());
        history.record(actorId, SiteService.SUBJECT, site.id(), account.id(), "SITE_TRANSFERRED",
                Map.of("ownerAccountId", "none", "billingParty", "AGENCY"), after);
    }

    /**
     * The handover an order opted into, when its final tranche was paid (in the payment's transaction): the site, its
     * domains and its billing move to the order's account, the agency user who placed the order stays as collaborator,
     * a pending offer of the site is withdrawn. A site no longer under the agency is left as it is.
     */
    public Optional<SiteTransfer> handOverAutomatically(Order order) {
        if (!order.automaticHandover() || order.siteId() == null) {
            return Optional.empty();
        }
        Site site = sites.find(order.siteId()).orElse(null);
        CustomerAccount account = accounts.find(order.accountId()).orElse(null);
        if (site == null || account == null || !site.isUnderAgency()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        for (SiteTransfer pending : sites.transfersOf(site.id())) {
            if (pending.status() == TransferStatus.PENDING) {
                Map<String, Object> before = state(pending);
                pending.cancel(order.placedBy(), now);
                history.record(null, SUBJECT, pending.id(), null, "TRANSFER_CANCELLED", before, state(pending));
            }
        }
        SiteTransfer transfer = sites.addTransfer(SiteTransfer.automatic(site, order.id(), order.placedBy(), account.ownerEmail(),
                account.id(), SecretToken.generate(), now, deadlines.undoWindow()));
        SiteHandover.Moved moved = handover.move(site, account, order.placedBy(), true, now);
        transfer.remember(moved.restoreState());
        Map<String, Object> after = state(transfer);
        after.put("collaboratorPermissions", moved.agencyKeeps());
        after.put("orderNumber", order.number());
        recordMove(null, site, account, moved);
        history.record(null, SUBJECT, transfer.id(), account.id(), "SITE_HANDED_OVER", null, after);
        return Optional.of(transfer);
    }

    /**
     * The customer hands the site back within the undo window: ownership, billing, the domains' contacts and payer,
     * and the agency's access are put back exactly as they were before. Only the account's owner may; its other
     * members are refused, anyone else does not see the transfer.
     */
    public SiteTransfer undo(User caller, long transferId) {
        SiteTransfer transfer = sites.findTransfer(transferId).orElseThrow(() -> new ResourceNotFound("transfer"));
        CustomerAccount account = transfer.targetAccountId() == null ? null : accounts.find(transfer.targetAccountId()).orElse(null);
        if (account == null || access.membership(caller, account.id()).isEmpty()) {
            throw new ResourceNotFound("transfer");
        }
        if (!account.isOwnedBy(caller.id())) {
            throw new ActionForbidden("only the account's owner hands a site back");
        }
        Instant now = clock.instant();
        Map<String, Object> before = state(transfer);
        transfer.undo(caller.id(), now);
        Site site = sites.find(transfer.siteId()).orElseThrow(() -> new ResourceNotFound("site"));
        if (site.isUnderAgency() || !account.id().equals(site.ownerAccountId())) {
            throw new DomainConflict("TRANSFER_NOT_UNDOABLE", "the site has changed hands since", transfer.status().name());
        }
        handover.restore(site, account.id(), transfer.startedBy(), transfer.restoreState(), now);
        history.record(caller.id(), SiteService.SUBJECT, site.id(), account.id(), "SITE_HANDED_BACK",
                Map.of("ownerAccountId", account.id()), Map.of("ownerAccountId", "none", "billingParty", "AGENCY"));
        history.record(caller.id(), SUBJECT, transfer.id(), account.id(), "TRANSFER_UNDONE", before, state(transfer));
        return transfer;
    }

    /** Transfers into accounts the caller owns that they may still undo, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Addressed> undoableFor(User caller) {
        List<Long> owned = accounts.membershipsOf(caller.id()).stream().filter(m -> m.account().isOwnedBy(caller.id()))
                .map(m -> m.account().id()).toList();
        return sites.undoableInto(owned, clock.instant()).stream().map(t -> new Addressed(t, siteName(t.siteId()))).toList();
    }

    /** One transfer with what moved: for the agency, staff, and the members of the account the site moved into. */
    public record Detail(SiteTransfer transfer, Site site, List<Domain> domains, Set<Permission> agencyKeeps, boolean mayUndo) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Detail detail(User caller, long transferId) {
        SiteTransfer transfer = sites.findTransfer(transferId).orElseThrow(() -> new ResourceNotFound("transfer"));
        boolean agencySide = access.worksFor(caller, transfer.agencyId()) || access.isStaff(caller);
        boolean accountSide = transfer.targetAccountId() != null && access.membership(caller, transfer.targetAccountId())
                .filter(m -> m.reachesSite(transfer.siteId())).isPresent();
        if (!agencySide && !accountSide) {
            throw new ResourceNotFound("transfer");
        }
        Site site = sites.find(transfer.siteId()).orElseThrow(() -> new ResourceNotFound("site"));
        Set<Permission> keeps = transfer.targetAccountId() == null || transfer.status() != TransferStatus.ACCEPTED ? Set.of()
                : accounts.member(transfer.targetAccountId(), transfer.startedBy()).map(AccountMember::permissions).map(Set::copyOf)
                        .orElse(Set.of());
        boolean mayUndo = transfer.undoableAt(clock.instant()) && accounts.find(transfer.targetAccountId())
                .map(a -> a.isOwnedBy(caller.id())).orElse(false);
        return new Detail(transfer, site, sites.domainsOf(site.id()), keeps, mayUndo);
    }

    private CustomerAccount openAccountFor(User caller, Site site, Instant now) {
        CustomerAccount account = accounts.add(CustomerAccount.openByCustomer(caller.displayName(), caller.email(), caller.id(), now));
        accounts.addMember(AccountMember.owner(account.id(), caller.id(), now));
        history.record(caller.id(), AccountService.SUBJECT, account.id(), account.id(), "ACCOUNT_OPENED_BY_TRANSFER", null,
                Map.of("name", account.name(), "ownerEmail", account.ownerEmail(), "siteId", site.id()));
        return account;
    }

    public SiteTransfer decline(User caller, Answer answer) {
        SiteTransfer transfer = find(caller, answer);
        Map<String, Object> before = state(transfer);
        transfer.decline(caller.id(), caller.email(), clock.instant());
        history.record(caller.id(), SUBJECT, transfer.id(), null, "TRANSFER_DECLINED", before, state(transfer));
        return transfer;
    }

    public SiteTransfer cancel(User caller, long transferId) {
        SiteTransfer transfer = sites.findTransfer(transferId).orElseThrow(() -> new ResourceNotFound("transfer"));
        if (!access.worksFor(caller, transfer.agencyId())) {
            if (access.isStaff(caller)) {
                throw new ActionForbidden("only the agency cancels its transfers");
            }
            throw new ResourceNotFound("transfer");
        }
        Map<String, Object> before = state(transfer);
        transfer.cancel(caller.id(), clock.instant());
        history.record(caller.id(), SUBJECT, transfer.id(), null, "TRANSFER_CANCELLED", before, state(transfer));
        return transfer;
    }

    /** The reminder job's effect: a transfer still on offer tells its recipient it expires soon. */
    public void remindExpiring(long transferId) {
        sites.findTransfer(transferId).filter(t -> t.status() == TransferStatus.PENDING && t.expiresAt().isAfter(clock.instant()))
                .ifPresent(t -> history.record(null, SUBJECT, t.id(), null, "TRANSFER_EXPIRING", null, state(t)));
    }

    public void expire(long transferId) {
        sites.findTransfer(transferId).ifPresent(transfer -> {
            Map<String, Object> before = state(transfer);
            if (transfer.expireIfDue(clock.instant())) {
                history.record(null, SUBJECT, transfer.id(), null, "TRANSFER_EXPIRED", before, state(transfer));
            }
        });
    }

    private SiteTransfer find(User caller, Answer answer) {
        Optional<SiteTransfer> found = answer.byToken()
                ? sites.findTransferByTokenHash(answer.tokenHash())
                : sites.findTransfer(answer.id()).filter(t -> t.recipientEmail().equals(caller.email()));
        return found.orElseThrow(() -> new ResourceNotFound("transfer"));
    }

    static Map<String, Object> state(SiteTransfer t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("siteId", t.siteId());
        s.put("recipientEmail", t.recipientEmail());
        s.put("stayAsCollaborator", t.stayAsCollaborator());
        s.put("status", t.status());
        s.put("targetAccountId", t.targetAccountId());
        s.put("kind", t.kind());
        if (t.undoUntil() != null) {
            s.put("undoUntil", t.undoUntil());
        }
        return s;
    }
}
