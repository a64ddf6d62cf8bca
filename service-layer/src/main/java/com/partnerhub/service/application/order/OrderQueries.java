package com.partnerhub.service.application.order;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.invoice.BillingService;
import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.history.HistoryRepository;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.invoice.CreditNote;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderRepository;
import com.partnerhub.service.domain.order.OrderStatus;

/** Reading orders: the order page, the lists (dashboard, a customer's, everyone's for staff) and an order's history. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS) // reads join the caller's transaction
public class OrderQueries {

    private OrderRepository orders;
    private AccountRepository accounts;
    private HistoryRepository historyEntries;
    private BillingService billing;
    private OrderAccess orderAccess;
    private AccessPolicy access;
    private Clock clock;

    protected OrderQueries() {
    }

    @Inject
    public OrderQueries(OrderRepository orders, AccountRepository accounts, HistoryRepository historyEntries,
                        BillingService billing, OrderAccess orderAccess, AccessPolicy access, Clock clock) {
        this.orders = orders;
        this.accounts = accounts;
        this.historyEntries = historyEntries;
        this.billing = billing;
        this.orderAccess = orderAccess;
        this.access = access;
        this.clock = clock;
    }

    /**
     * What the order page shows besides the order itself, for a caller who sees the order: the customer's name, the
     * invoices and their credit notes (null for those who may not see them) and the order's thread. Read in the
     * caller's transaction, from the order the use case already holds.
     */
    public record Details(Order order, String accountName, List<Invoice> invoices, List<CreditNote> creditNotes, Long conversationId,
                          OrderAccess.Standing standing) {
    }

    public Details details(User caller, Order order) {
        OrderAccess.Standing standing = orderAccess.standing(caller, order);
        return new Details(order, accounts.find(order.accountId()).map(a -> a.name()).orElse(null),
                standing.mayViewInvoices() ? billing.ofCheckedOrder(order) : null,
                // only an order ended early has credit notes: the order page of every step asks for none
                standing.mayViewInvoices() ? (order.endedEarly() ? billing.creditNotesOfCheckedOrder(order) : List.of()) : null,
                order.conversationId(), standing);
    }

    public Order view(User caller, long orderId) {
        return orderAccess.requireVisible(caller, orderId);
    }

    /** What the list shows: status, a customer account, only overdue ones. */
    public record ListFilter(OrderStatus status, Long accountId, boolean overdue, Long agencyId) {
    }

    /**
     * The caller's orders, newest first: an agency member sees the agency's (the dashboard), a customer the
     * orders of the accounts they work in, provider staff everyone's.
     */
    public Page<Order> list(User caller, ListFilter filter, long beforeId, int limit) {
        OrderRepository.Filter f = new OrderRepository.Filter(filter.status(), filter.accountId(),
                filter.overdue() ? clock.instant() : null);
        Set<Long> agencies = access.agencyIdsOf(caller);
        List<Order> fetched;
        if (filter.agencyId() != null) {
            if (!agencies.contains(filter.agencyId()) && !access.isStaff(caller)) {
                throw new ResourceNotFound("agency");
            }
            fetched = orders.ofAgency(filter.agencyId(), f, beforeId, limit + 1);
        } else if (access.isStaff(caller)) {
            fetched = orders.all(f, beforeId, limit + 1);
        } else if (agencies.size() == 1) {
            fetched = orders.ofAgency(agencies.iterator().next(), f, beforeId, limit + 1);
        } else if (agencies.size() > 1) {
            throw new com.partnerhub.service.domain.shared.ValidationException(
                    List.of(new com.partnerhub.service.domain.shared.Violation("agency", "REQUIRED")));
        } else {
            var memberships = accounts.membershipsOf(caller.id());
            // a grant limited to one site shows that site's orders only
            List<Long> accountIds = memberships.stream().filter(m -> m.member().limit().siteId() == null)
                    .map(m -> m.account().id()).toList();
            Map<Long, Long> accountOfSite = new java.util.HashMap<>();
            memberships.stream().filter(m -> m.member().limit().siteId() != null)
                    .forEach(m -> accountOfSite.put(m.member().limit().siteId(), m.account().id()));
            fetched = orders.ofAccounts(accountIds, accountOfSite, f, beforeId, limit + 1);
        }
        return Page.of(fetched, limit, Order::id);
    }

    public String accountName(long accountId) {
        return accounts.find(accountId).map(a -> a.name()).orElse(null);
    }

    /** Names of customer accounts, for lists that show whose an order is. */
    public Map<Long, String> accountNames(java.util.Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        accounts.findAll(Set.copyOf(accountIds)).forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    public Page<HistoryEntry> history(User caller, long orderId, long afterId, int limit) {
        orderAccess.requireVisible(caller, orderId);
        return Page.of(historyEntries.ofSubject(Order.HISTORY_SUBJECT, orderId, afterId, limit + 1), limit, HistoryEntry::id);
    }

}
