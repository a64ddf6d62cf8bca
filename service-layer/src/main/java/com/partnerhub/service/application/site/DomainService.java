package com.partnerhub.service.application.site;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.identity.UserRepository;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderRepository;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.domain.site.Domain;
import com.partnerhub.service.domain.site.DomainContact;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.domain.site.SiteRepository;

/**
 * A site's domains: ordered for the customer, who is always the owner (registrant) contact, while the agency may pay;
 * the registrar is told after each change commits (a job, retried until it took).
 */
@ApplicationScoped
@Transactional
public class DomainService {

    private static final Logger LOG = Logger.getLogger(DomainService.class.getName());

    private SiteRepository sites;
    private AccountRepository accounts;
    private OrderRepository orders;
    private UserRepository users;
    private SiteService siteService;
    private SiteHandover handover;
    private DomainRegistrar registrar;
    private AccessPolicy access;
    private HistoryRecorder history;
    private Clock clock;

    protected DomainService() {
    }

    @Inject
    public DomainService(SiteRepository sites, AccountRepository accounts, OrderRepository orders, UserRepository users,
                         SiteService siteService, SiteHandover handover, DomainRegistrar registrar, AccessPolicy access,
                         HistoryRecorder history, Clock clock) {
        this.sites = sites;
        this.accounts = accounts;
        this.orders = orders;
        this.users = users;
        this.siteService = siteService;
        this.handover = handover;
        this.registrar = registrar;
        this.access = access;
        this.history = history;
        this.clock = clock;
    }

    /** The owner contact as typed, if any: {@code null} name and e-mail mean "the customer of the site's order". */
    public record OrderDomain(String name, String ownerName, String ownerEmail, BillingParty payer) {
    }

    /**
     * Orders a domain for the site. While the site is the agency's, a member of the agency orders it for the customer
     * named as owner contact (by default the owner of the account its latest open order is for) and the agency may pay;
     * once the customer owns the site, members with MANAGE_BILLING order it, for the account's owner, paid by the customer.
     */
    public Domain order(User caller, long siteId, OrderDomain request) {
        Site site = siteService.visibleSite(caller, siteId);
        Instant now = clock.instant();
        DomainContact owner;
        BillingParty payer;
        if (site.isUnderAgency()) {
            if (!access.worksFor(caller, site.agencyId())) {
                throw new ActionForbidden("only the agency orders domains for its sites");
            }
            owner = typedOrOrderOwner(site, request);
            payer = request.payer() == null ? BillingParty.AGENCY : request.payer();
            // the registrant is the customer, never the agency: a domain ordered for a third party is theirs
            boolean agencyAddress = users.findByEmail(owner.email()).map(u -> access.worksFor(u, site.agencyId())).orElse(false);
            new Validator().check(!agencyAddress, "ownerContact.email", "OWNER_IS_AGENCY").throwIfInvalid();
        } else {
            access.requirePermission(caller, site.ownerAccountId(), Permission.MANAGE_BILLING);
            owner = handover.ownerContact(accounts.find(site.ownerAccountId()).orElseThrow());
            new Validator().check(request.payer() == null || request.payer() == BillingParty.CUSTOMER, "payer", "PAYER_IS_CUSTOMER")
                    .throwIfInvalid();
            payer = BillingParty.CUSTOMER;
        }
        // the agency looks after the domain technically while the site is its own; a customer's own order is all theirs
        DomainContact tech = site.isUnderAgency() ? handover.agencyContact(site.agencyId(), caller.id()) : owner;
        Domain domain = Domain.order(site, request.name(), owner, tech, payer, caller.id(), now);
        if (sites.domainExists(domain.name())) {
            throw new DomainConflict("DOMAIN_TAKEN", "the domain is already registered", domain.name());
        }
        sites.addDomain(domain);
        handover.tellRegistrar(domain, now);
        history.record(caller.id(), SiteService.SUBJECT, site.id(), site.ownerAccountId(), "DOMAIN_ORDERED", null,
                SiteHandover.contactsState(domain));
        return domain;
    }

    private DomainContact typedOrOrderOwner(Site site, OrderDomain request) {
        boolean typed = (request.ownerName() != null && !request.ownerName().isBlank())
                || (request.ownerEmail() != null && !request.ownerEmail().isBlank());
        if (typed) {
            return DomainContact.of("ownerContact", request.ownerName(), request.ownerEmail());
        }
        List<Order> open = orders.activeOnSite(site.id());
        CustomerAccount account = open.isEmpty() ? null : accounts.find(open.get(open.size() - 1).accountId()).orElse(null);
        if (account == null) {
            // no order names the customer yet: whoever the domain is for must be typed
            new Validator().required("ownerContact.name", null).required("ownerContact.email", null).throwIfInvalid();
        }
        return handover.ownerContact(account);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Domain> ofSite(User caller, long siteId) {
        return sites.domainsOf(siteService.visibleSite(caller, siteId).id());
    }

    /**
     * The job's effect: the registrar learns the domain's current state (registered the first time). Should the
     * registrar fail, the job's transaction rolls back and it runs again.
     */
    public void tellRegistrar(long domainId) {
        sites.findDomain(domainId).filter(Domain::registrarPending).ifPresent(d -> {
            String reference;
            try {
                reference = d.registrarReference() == null ? registrar.register(d.name(), d.contacts(), d.payer()) : update(d);
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "the registrar did not take " + d.name() + "; asking again later", failed);
                handover.tellRegistrarLater(d, clock.instant());
                return;
            }
            d.toldRegistrar(reference);
            history.record(null, SiteService.SUBJECT, d.siteId(), null, "DOMAIN_REGISTRAR_UPDATED", null,
                    Map.of("domain", d.name(), "reference", reference, "status", d.status().name().toLowerCase(Locale.ROOT)));
        });
    }

    private String update(Domain d) {
        registrar.update(d.registrarReference(), d.name(), d.contacts(), d.payer());
        return d.registrarReference();
    }
}
