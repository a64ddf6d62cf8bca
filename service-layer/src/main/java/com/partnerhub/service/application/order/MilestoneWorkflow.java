package com.partnerhub.service.application.order;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.conversation.ConversationService;
import com.partnerhub.service.application.invoice.BillingService;
import com.partnerhub.service.application.shared.Deadlines;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.site.TransferService;
import com.partnerhub.service.domain.catalogue.RequirementQuestion;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.notification.NotificationKind;
import com.partnerhub.service.domain.order.Billing;
import com.partnerhub.service.domain.order.Milestone;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderRepository;
import com.partnerhub.service.domain.order.OrderStatus;
import com.partnerhub.service.domain.shared.Validator;

/** The milestone workflow of a placed order: payments start work, deliveries, reviews, acceptance, ending early. */
@ApplicationScoped
@Transactional
public class MilestoneWorkflow {

    private OrderRepository orders;
    private BillingService billing;
    private ConversationService conversations;
    private OrderAccess orderAccess;
    private HistoryRecorder history;
    private TransferService transfers;
    private Deadlines deadlines;
    private Clock clock;

    protected MilestoneWorkflow() {
    }

    @Inject
    public MilestoneWorkflow(OrderRepository orders, BillingService billing, ConversationService conversations,
                             OrderAccess orderAccess, HistoryRecorder history, TransferService transfers, Deadlines deadlines,
                             Clock clock) {
        this.orders = orders;
        this.billing = billing;
        this.conversations = conversations;
        this.orderAccess = orderAccess;
        this.history = history;
        this.transfers = transfers;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * An order whose work waited for the brief notices it is complete (in the transaction that completed it): the
     * first milestone starts if its invoice is paid. Returns whether the brief just became complete.
     */
    public boolean briefMayBeComplete(Order order, List<RequirementQuestion> questions, Set<String> documentKeys, Long actorId) {
        if (!order.awaitingBrief() || !Brief.missing(questions, order.answers(), documentKeys).isEmpty()) {
            return false;
        }
        order.briefCompleted(clock.instant());
        history.record(actorId, Order.HISTORY_SUBJECT, order.id(), order.accountId(), "BRIEF_COMPLETED", null,
                Map.of("milestone", 1, "status", order.milestone(1).status()));
        return true;
    }

    /** A delivery: its note and link (a staging site) go into the history and the order's thread. */
    public Order deliver(User caller, long orderId, int position, String note, String link) {
        Order order = orderAccess.requireVisible(caller, orderId);
        Milestone m = order.milestone(position);
        orderAccess.requireActingParty(caller, order, m);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        String cleanLink = link == null || link.isBlank() ? null : link.strip();
        new Validator().maxLength("note", cleanNote, 2000).maxLength("link", cleanLink, 1900) // both fit one message
                .check(cleanLink == null || isWebAddress(cleanLink), "link", "INVALID_URL").throwIfInvalid();
        Map<String, Object> before = state(m);
        Instant now = clock.instant();
        order.deliver(position, now, deadlines.reviewWindow(), cleanNote, cleanLink); // its review deadline is what auto-acceptance claims
        Map<String, Object> after = state(m);
        if (cleanNote != null) {
            after.put("note", cleanNote);
        }
        if (cleanLink != null) {
            after.put("link", cleanLink);
        }
        history.record(caller.id(), Order.HISTORY_SUBJECT, order.id(), order.accountId(), "MILESTONE_DELIVERED", before, after);
        if (cleanNote != null || cleanLink != null) {
            conversations.annotate(order, caller.id(), com.partnerhub.service.domain.conversation.MessageKind.DELIVERY, position,
                    cleanNote == null ? cleanLink : cleanLink == null ? cleanNote : cleanNote + "\n" + cleanLink);
        }
        return order;
    }

    private static boolean isWebAddress(String link) {
        try {
            java.net.URI uri = new java.net.URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** A revision request says why: the reason goes into the history and the order's thread. */
    public Order requestRevision(User caller, long orderId, int position, String reason) {
        Order order = orderAccess.requireVisible(caller, orderId);
        orderAccess.requireCustomer(caller, order);
        Milestone m = order.milestone(position);
        Map<String, Object> before = state(m);
        order.requestRevision(position, clock.instant()); // a milestone not delivered is a conflict before a missing reason
        new Validator().required("reason", reason).maxLength("reason", reason, 4000).throwIfInvalid();
        Map<String, Object> after = state(m);
        after.put("reason", reason.strip());
        history.record(caller.id(), Order.HISTORY_SUBJECT, order.id(), order.accountId(), "REVISION_REQUESTED", before, after);
        conversations.annotate(order, caller.id(), com.partnerhub.service.domain.conversation.MessageKind.REVISION_REQUEST,
                position, reason);
        return order;
    }

    public Order accept(User caller, long orderId, int position) {
        Order order = orderAccess.requireVisible(caller, orderId);
        orderAccess.requireCustomer(caller, order);
        accept(order, position, caller.id(), false);
        return order;
    }

    private void accept(Order order, int position, Long actorId, boolean automatically) {
        Milestone m = order.milestone(position);
        Map<String, Object> before = state(m);
        Optional<Billing> next = order.accept(position, clock.instant(), automatically);
        // one entry for the acceptance and what it brought about: the next invoice, or the order's completion
        Map<String, Object> after = state(m);
        next.ifPresent(b -> after.put(NotificationKind.INVOICE_ISSUED_FACT, BillingService.issuedFacts(billing.issue(order, b), b)));
        if (order.status() == OrderStatus.COMPLETED) {
            after.put(NotificationKind.ORDER_COMPLETED_FACT, true);
        }
        history.record(actorId, Order.HISTORY_SUBJECT, order.id(), order.accountId(),
                automatically ? "MILESTONE_AUTO_ACCEPTED" : "MILESTONE_ACCEPTED", before, after);
    }

    /**
     * The customer ends the order after an accepted milestone: open milestones cancelled, their unpaid invoices voided
     * and their paid ones credited.
     */
    public Order end(User caller, long orderId) {
        Order order = orderAccess.requireVisible(caller, orderId);
        orderAccess.requireCustomer(caller, order);
        List<Milestone> cancelled = order.end(clock.instant());
        billing.settleCancelled(order, cancelled, caller.id());
        history.record(caller.id(), Order.HISTORY_SUBJECT, order.id(), order.accountId(), "ORDER_ENDED", Map.of("status", "ACTIVE"),
                Map.of("status", order.status(), "cancelledMilestones", cancelled.stream().map(Milestone::position).toList()));
        return order;
    }

    /**
     * Auto-acceptance: the delivery whose review window passed longest ago, unanswered by the customer, is accepted
     * (claimed with a row lock, so one instance accepts it however many poll). Returns the milestone's id, if one was due.
     */
    public Optional<Long> acceptNextDueReview() {
        return orders.claimDueReview(clock.instant()).map(m -> {
            accept(m.order(), m.position(), null, true);
            return m.id();
        });
    }

    /**
     * Review reminders: the delivery nearest its auto-acceptance that is due a reminder (two days, then one day before)
     * records it, which tells the customer. Returns the milestone's id, if one was due.
     */
    public Optional<Long> remindNextDueReview() {
        Instant now = clock.instant();
        return orders.claimDueReminder(now).flatMap(m -> m.reminderDue(now).map(stage -> {
            m.reminded(stage);
            Order order = m.order();
            history.record(null, Order.HISTORY_SUBJECT, order.id(), order.accountId(), "REVIEW_REMINDER", null, Map.of(
                    "milestone", m.position(), "reviewDueAt", m.reviewDueAt(), "daysLeft", stage == 2 ? 1 : 2));
            return m.id();
        }));
    }

    /** A paid invoice lets work on its milestone start. */
    public void paymentReceived(Invoice invoice) {
        Order order = orders.find(invoice.orderId()).orElseThrow();
        Milestone m = order.milestones().stream().filter(x -> x.id() == invoice.milestoneId()).findFirst().orElseThrow();
        Map<String, Object> before = state(m);
        order.paymentReceived(invoice.milestoneId(), clock.instant());
        history.record(null, Order.HISTORY_SUBJECT, order.id(), order.accountId(), "PAYMENT_RECEIVED", Map.of("invoice", invoice.number(),
                "milestone", before.get("status")), Map.of("invoice", invoice.number(), "milestone", m.status()));
        if (order.isFinalTranche(m.id())) {
            // the order opted in: the site moves to the customer in this same transaction, or not at all
            transfers.handOverAutomatically(order);
        }
    }

    public Order markStep(User caller, long orderId, int position, int stepNo, boolean done) {
        Order order = orderAccess.requireVisible(caller, orderId);
        orderAccess.requireWorker(caller, order);
        order.markStep(position, stepNo, done, clock.instant());
        history.record(caller.id(), Order.HISTORY_SUBJECT, order.id(), order.accountId(), done ? "STEP_DONE" : "STEP_REOPENED", null,
                Map.of("milestone", position, "step", stepNo));
        return order;
    }

    public Order reportProgress(User caller, long orderId, int position, String note) {
        Order order = orderAccess.requireVisible(caller, orderId);
        orderAccess.requireWorker(caller, order);
        new Validator().required("note", note).maxLength("note", note, 2000).throwIfInvalid();
        order.milestone(position);
        order.progressReported(clock.instant());
        history.record(caller.id(), Order.HISTORY_SUBJECT, order.id(), order.accountId(), "PROGRESS_REPORTED", null,
                Map.of("milestone", position, "note", note.trim()));
        return order;
    }

    private void record(Long actorId, Order order, String action, Map<String, Object> before, Milestone m) {
        history.record(actorId, Order.HISTORY_SUBJECT, order.id(), order.accountId(), action, before, state(m));
    }

    private static Map<String, Object> state(Milestone m) {
        Map<String, Object> s = new HashMap<>();
        s.put("milestone", m.position());
        s.put("status", m.status());
        s.put("revisionsUsed", m.revisionsUsed());
        if (m.reviewDueAt() != null) {
            s.put("reviewDueAt", m.reviewDueAt());
        }
        return s;
    }
}
