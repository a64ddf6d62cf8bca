package com.partnerhub.service.domain.agency;

import java.util.Collection;
import java.util.List;

import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.invitation.Invitation;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.domain.site.SiteTransfer;

/** What an agency has under way across its client accounts, each kind at most {@code limit}, read in one query each. */
public interface ClientOverviewRepository {

    /** Accounts someone of the agency works in, or that have an order from it; by name. */
    List<CustomerAccount> clientAccounts(long agencyId, int limit);

    /** Sites the agency built that are still its own or belong to one of these accounts; by id. */
    List<Site> sites(long agencyId, Collection<Long> clientAccountIds, int limit);

    /** The agency's transfers still waiting for an answer; oldest first. */
    List<SiteTransfer> openTransfers(long agencyId, int limit);

    /** Pending invitations someone of the agency sent into these accounts; oldest first. */
    List<Invitation> pendingInvitations(long agencyId, Collection<Long> clientAccountIds, int limit);

    /** Issued, unpaid invoices of the agency's orders, with the account each order is for; by due date. */
    List<Unpaid> unpaidInvoices(long agencyId, int limit);

    record Unpaid(Invoice invoice, long accountId, String orderNumber) {
    }
}
