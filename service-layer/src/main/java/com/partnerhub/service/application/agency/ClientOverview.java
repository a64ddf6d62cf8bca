package com.partnerhub.service.application.agency;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.agency.ClientOverviewRepository;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.invitation.Invitation;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.domain.site.SiteTransfer;

/**
 * One agency's view across all its client accounts: the sites it built, its open transfers, the invitations its people
 * sent that wait for an answer, and its orders' unpaid invoices. For the agency's people and provider staff.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClientOverview {

    /** Each kind is listed up to this many; {@code truncated} says when there were more. */
    public static final int PER_KIND = 500;

    private ClientOverviewRepository overview;
    private AccessPolicy access;

    protected ClientOverview() {
    }

    @Inject
    public ClientOverview(ClientOverviewRepository overview, AccessPolicy access) {
        this.overview = overview;
        this.access = access;
    }

    public record Overview(List<CustomerAccount> accounts, List<Site> sites, List<SiteTransfer> transfers,
                           List<Invitation> invitations, List<ClientOverviewRepository.Unpaid> unpaidInvoices, boolean truncated) {
    }

    public Overview of(User caller, long agencyId) {
        if (!access.worksFor(caller, agencyId) && !access.isStaff(caller)) {
            throw new ResourceNotFound("agency");
        }
        List<CustomerAccount> accounts = overview.clientAccounts(agencyId, PER_KIND + 1);
        List<Long> accountIds = accounts.stream().limit(PER_KIND).map(CustomerAccount::id).toList();
        List<Site> sites = overview.sites(agencyId, accountIds, PER_KIND + 1);
        List<SiteTransfer> transfers = overview.openTransfers(agencyId, PER_KIND + 1);
        List<Invitation> invitations = overview.pendingInvitations(agencyId, accountIds, PER_KIND + 1);
        List<ClientOverviewRepository.Unpaid> unpaid = overview.unpaidInvoices(agencyId, PER_KIND + 1);
        boolean truncated = accounts.size() > PER_KIND || sites.size() > PER_KIND || transfers.size() > PER_KIND
                || invitations.size() > PER_KIND || unpaid.size() > PER_KIND;
        return new Overview(cap(accounts), cap(sites), cap(transfers), cap(invitations), cap(unpaid), truncated);
    }

    private static <T> List<T> cap(List<T> list) {
        return list.size() > PER_KIND ? list.subList(0, PER_KIND) : list;
    }
}
