package com.partnerhub.service.application.order;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

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
import com.partnerhub.service.domain.order.MilestoneStatus;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderRepository;
import com.partnerhub.service.domain.order.OrderStatus;

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
        if (!access.isStaff(caller) && !isAgency(caller, order) && access.membership(caller, order.accountId())
                .filter(m -> m.limit().siteId() == null || m.limit().siteId().equals(order.siteId())).isEmpty()) {
            throw new ResourceNotFound("order");
        }
        return order;
    }

    public boolean isAgency(User caller, Order order) {
        return access.worksFor(caller, order.agencyId());
    }

    /**
     * Where the caller stands in an order: its agency, provider staff, or a member of the customer's account (read
     * once). Every check below and the actions the order page offers are decided from it, so the page offers exactly
     * what the service would allow.
     */
    public Standing standing(User caller, Order order) {
        boolean agency = isAgency(caller, order);
        boolean staff = access.isStaff(caller);
        // the agency's and the provider's people never act as the customer, so their membership is not looked up
        Optional<AccountMember> member = agency || staff ? Optional.empty() : access.membership(caller, order.accountId());
        return new Standing(agency, staff, caller.has(PlatformRole.PROVIDER_STAFF), member.orElse(null));
    }

    /** @param member the caller's membership in the customer's account, or null */
    public record Standing(boolean agency, boolean staff, boolean providerStaff, AccountMember member) {

        /** The customer's side: the account's owner or a collaborator with CHANGE_SPECS, not the agency or staff. */
        public boolean customer() {
            return member != null && member.may(Permission.CHANGE_SPECS);
        }

        /** Those who work on the order: its agency, and provider staff. */
        public boolean worker() {
            return agency || providerStaff;
        }

        public boolean mayViewInvoices() {
            return staff || agency || (member != null && member.may(Permission.VIEW_INVOICES));
        }

        /** The party a milestone names delivers it. */
        public boolean delivers(Milestone milestone) {
            return switch (milestone.actingParty()) {
                case AGENCY -> agency;
                case PROVIDER -> providerStaff;
                case CUSTOMER -> customer();
            };
        }

        /** What the caller may do to the order as a whole now. */
        public Set<OrderAction> orderActions(Order order) {
            Set<OrderAction> actions = EnumSet.noneOf(OrderAction.class);
            if (customer() && order.mayEnd()) {
                actions.add(OrderAction.END);
            }
            if (order.status() == OrderStatus.ACTIVE) {
                if (agency) {
                    actions.add(order.onHoldSince() == null ? OrderAction.HOLD : OrderAction.RESUME);
                    if (order.siteId() != null) {
                        actions.add(OrderAction.SET_HANDOVER);
                    }
                }
                if (customer() || worker()) {
                    actions.add(OrderAction.UPLOAD_DOCUMENTS);
                }
            }
            if (agency) {
                actions.add(OrderAction.NOTES);
            }
            return actions;
        }

        /** What the caller may do to one milestone now: only the current one of an active order has any. */
        public Set<OrderAction> milestoneActions(Order order, Milestone m) {
            Set<OrderAction> actions = EnumSet.noneOf(OrderAction.class);
            if (order.status() != OrderStatus.ACTIVE || order.firstOpen().orElse(null) != m) {
                return actions;
            }
            if (m.status() == MilestoneStatus.IN_PROGRESS && delivers(m) && order.onHoldSince() == null) {
                actions.add(OrderAction.DELIVER);
            }
            if (m.status() == MilestoneStatus.DELIVERED && customer()) {
                actions.add(OrderAction.ACCEPT);
                if (m.revisionsLeft() > 0) {
                    actions.add(OrderAction.REQUEST_REVISION);
                }
            }
            if (worker()) {
                actions.add(OrderAction.REPORT_PROGRESS);
                actions.add(OrderAction.TICK_STEPS);
            }
            return actions;
        }
    }

    /** The actions the order page offers, named as the API reports them. */
    public enum OrderAction {
        DELIVER, ACCEPT, REQUEST_REVISION, REPORT_PROGRESS, TICK_STEPS, END, HOLD, RESUME, UPLOAD_DOCUMENTS, NOTES, SET_HANDOVER
    }

    public void requireCustomer(User caller, Order order) {
        if (!standing(caller, order).customer()) {
            throw new ActionForbidden("only the customer does this");
        }
    }

    public void requireActingParty(User caller, Order order, Milestone milestone) {
        if (!standing(caller, order).delivers(milestone)) {
            throw new ActionForbidden("the " + milestone.actingParty() + " delivers this milestone");
        }
    }

    /** Only the order's agency: its private notes, holding and resuming. */
    public void requireAgency(User caller, Order order) {
        if (!isAgency(caller, order)) {
            throw new ActionForbidden("only the order's agency does this");
        }
    }

    public void requireWorker(User caller, Order order) {
        if (!standing(caller, order).worker()) {
            throw new ActionForbidden("only those who work on the order report progress");
        }
    }

    public Order requireInvoiceViewer(User caller, long orderId) {
        Order order = requireVisible(caller, orderId);
        if (!standing(caller, order).mayViewInvoices()) {
            throw new ActionForbidden("needs VIEW_INVOICES");
        }
        return order;
    }

}
