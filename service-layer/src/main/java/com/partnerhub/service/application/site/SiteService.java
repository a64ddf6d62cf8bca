package com.partnerhub.service.application.site;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.domain.site.SiteRepository;

/** Sites agencies build, who sees them, and who is billed for them. */
@ApplicationScoped
@Transactional
public class SiteService {

    public static final String SUBJECT = "SITE";
    /** The warning the UI shows before a paid plan is bought for a site the agency still owns. */
    public static final String WARNING_BILLED_TO_AGENCY = "SITE_BILLED_TO_AGENCY";

    private SiteRepository sites;
    private AccountRepository accounts;
    private AccessPolicy access;
    private HistoryRecorder history;
    private Clock clock;

    protected SiteService() {
    }

    @Inject
    public SiteService(SiteRepository sites, AccountRepository accounts, AccessPolicy access, HistoryRecorder history,
                       Clock clock) {
        this.sites = sites;
        this.accounts = accounts;
        this.access = access;
        this.history = history;
        this.clock = clock;
    }

    /** A site with the party its invoices go to right now. */
    public record Billed(Site site, BillingParty billingParty, Long billedAgencyId, Long billedAccountId) {
    }

    public Billed create(User caller, long agencyId, String name, String domain) {
        if (!access.worksFor(caller, agencyId)) {
            throw new ResourceNotFound("agency");
        }
        Site site = sites.add(Site.create(name, domain, agencyId, clock.instant()));
        history.record(caller.id(), SUBJECT, site.id(), null, "SITE_CREATED", null,
                Map.of("name", site.name(), "agencyId", agencyId, "plan", site.plan()));
        return billed(site);
    }

    /** Sites under the caller's agencies and sites of accounts they work in; staff see all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Billed> list(User caller, long afterId, int limit) {
        List<Site> fetched;
        if (access.isStaff(caller)) {
            fetched = sites.all(afterId, limit + 1);
        } else {
            Set<Long> agencyIds = access.agencyIdsOf(caller);
            List<AccountRepository.Membership> memberships = accounts.membershipsOf(caller.id());
            // a grant limited to one site shows that site, not the account's others
            List<Long> accountIds = memberships.stream().filter(m -> m.member().limit().siteId() == null)
                    .map(m -> m.account().id()).toList();
            java.util.Map<Long, Long> accountOfSite = new java.util.HashMap<>();
            memberships.stream().filter(m -> m.member().limit().siteId() != null)
                    .forEach(m -> accountOfSite.put(m.member().limit().siteId(), m.account().id()));
            fetched = sites.visibleTo(agencyIds, accountIds, accountOfSite, afterId, limit + 1);
        }
        return Page.of(fetched, limit, Site::id).map(this::billed);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Billed view(User caller, long siteId) {
        return billed(visibleSite(caller, siteId));
    }

    /** Warnings for buying a paid plan for this site now; empty when the customer account will be billed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> planPurchaseWarnings(User caller, long siteId) {
        return warnings(visibleSite(caller, siteId));
    }

    public record PlanChanged(Billed site, List<String> warnings) {
    }

    /**
     * Buys a plan for the site. Allowed to the agency while it owns the site, and to account members with
     * ORDER_PRODUCTS once the customer does; the warnings say who is billed.
     */
    public PlanChanged changePlan(User caller, long siteId, String plan) {
        Site site = visibleSite(caller, siteId);
        if (site.isUnderAgency() ? !access.worksFor(caller, site.agencyId())
                : access.membership(caller, site.ownerAccountId()).filter(m -> m.may(Permission.ORDER_PRODUCTS)).isEmpty()) {
            throw new ActionForbidden("needs ORDER_PRODUCTS");
        }
        List<String> warnings = warnings(site);
        String before = site.plan();
        site.changePlan(plan);
        history.record(caller.id(), SUBJECT, site.id(), site.ownerAccountId(), "PLAN_CHANGED",
                Map.of("plan", before), Map.of("plan", site.plan()));
        return new PlanChanged(billed(site), warnings);
    }

    Site visibleSite(User caller, long siteId) {
        Site site = sites.find(siteId).orElseThrow(() -> new ResourceNotFound("site"));
        boolean visible = access.isStaff(caller)
                || (site.isUnderAgency() && access.worksFor(caller, site.agencyId()))
                || (!site.isUnderAgency() && access.membership(caller, site.ownerAccountId())
                        .filter(m -> m.reachesSite(site.id())).isPresent());
        if (!visible) {
            throw new ResourceNotFound("site");
        }
        return site;
    }

    private List<String> warnings(Site site) {
        List<String> warnings = new ArrayList<>();
        if (site.isUnderAgency()) {
            warnings.add(WARNING_BILLED_TO_AGENCY);
        }
        return warnings;
    }

    public Billed billed(Site site) {
        if (site.isUnderAgency()) {
            return new Billed(site, BillingParty.AGENCY, site.agencyId(), null);
        }
        CustomerAccount account = accounts.find(site.ownerAccountId()).orElseThrow();
        return account.billingParty() == BillingParty.AGENCY
                ? new Billed(site, BillingParty.AGENCY, account.billingAgencyId(), account.id())
                : new Billed(site, BillingParty.CUSTOMER, null, account.id());
    }

}
