package com.partnerhub.service.application.order;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.identity.PlatformRole;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.order.Milestone;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderRepository;

/**
 * Who sees an order and who acts in it: the order's agency, the customer account's owner and collaborators,
 * provider staff. Everyone else gets 404; those who see it but are not the acting party get 403.
 */
@ApplicationScoped
public class OrderAccess {

    private OrderRepository orders;
    private AccessPolicy access;

    protected OrderAccess() {
    }

    @Inject
    public OrderAccess(OrderRepository orders, AccessPolicy access) {
        this.orders = orders;
        this.access = access;
    }

    public Order requireVisible(User caller, long orderId) {
        Order order = orders.find(orderId).orElseThrow(() -> new ResourceNotFound("order"));
        // cheapest first: staff need no lookup, the caller's agencies are remembered for the transaction
        if (!access.isStaff(caller) && !isAgency(caller, order) && access.membership(caller, order.accountId()).isEmpty()) {
            throw new ResourceNotFound("order");
        }
        return order;
    }

    public boolean isAgency(User caller, Order order) {
        return access.worksFor(caller, order.agencyId());
    }

    /**
     * The customer's side: the account's owner or a collaborator with CHANGE_SPECS, but never someone of the
     * order's own agency (an agency working in its customer's account does not accept its own deliveries).
     */
    public void requireCustomer(User caller, Order order) {
        Optional<AccountMember> m = access.membership(caller, order.accountId());
        if (m.isEmpty() || !m.get().may(Permission.CHANGE_SPECS) || isAgency(caller, order)) {
            throw new ActionForbidden("only the customer does this");
        }
    }

    /** The party a milestone names delivers it: the agency, the provider's staff, or the customer. */
    public void requireActingParty(User caller, Order order, Milestone milestone) {
        boolean allowed = switch (milestone.actingParty()) {
            case AGENCY -> isAgency(caller, order);
            case PROVIDER -> caller.has(PlatformRole.PROVIDER_STAFF);
            case CUSTOMER -> access.membership(caller, order.accountId()).filter(m -> m.may(Permission.CHANGE_SPECS)).isPresent()
                    && !isAgency(caller, order);
        };
        if (!allowed) {
            throw new ActionForbidden("the " + milestone.actingParty() + " delivers this milestone");
        }
    }

    /** Progress is reported by those who work on the order: its agency, and provider staff. */
    public void requireWorker(User caller, Order order) {
        if (!isAgency(caller, order) && !caller.has(PlatformRole.PROVIDER_STAFF)) {
            throw new ActionForbidden("only those who work on the order report progress");
        }
    }

    public Order requireInvoiceViewer(User caller, long orderId) {
        Order order = requireVisible(caller, orderId);
        if (!mayViewInvoices(caller, order)) {
            throw new ActionForbidden("needs VIEW_INVOICES");
        }
        return order;
    }

    /** The order's agency, staff, and the account's members with VIEW_INVOICES see its invoices. */
    public boolean mayViewInvoices(User caller, Order order) {
        return access.isStaff(caller) || isAgency(caller, order)
                || access.membership(caller, order.accountId()).filter(m -> m.may(Permission.VIEW_INVOICES)).isPresent();
    }

}
