package com.partnerhub.service.application.order;

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

import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.catalogue.PackageRepository;
import com.partnerhub.service.domain.catalogue.RequirementQuestion;
import com.partnerhub.service.domain.catalogue.ServicePackage;
import com.partnerhub.service.domain.history.HistoryRepository;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.order.HoldReason;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderDocumentRepository;
import com.partnerhub.service.domain.order.OrderNote;
import com.partnerhub.service.domain.order.OrderNoteRepository;
import com.partnerhub.service.domain.order.OrderRepository;

/**
 * Working an order with the customer besides its milestones: the brief and its versions, holding and resuming the
 * order (by the agency, or because documents were late), the document deadline, and the agency's private notes.
 */
@ApplicationScoped
@Transactional
public class OrderWorkspaceService {

    private OrderRepository orders;
    private PackageRepository packages;
    private OrderNoteRepository notes;
    private OrderDocumentRepository documents;
    private HistoryRepository historyEntries;
    private MilestoneWorkflow workflow;
    private OrderAccess orderAccess;
    private AccessPolicy access;
    private HistoryRecorder history;
    private Clock clock;

    protected OrderWorkspaceService() {
    }

    @Inject
    public OrderWorkspaceService(OrderRepository orders, PackageRepository packages, OrderNoteRepository notes,
                                 OrderDocumentRepository documents, HistoryRepository historyEntries, MilestoneWorkflow workflow,
                                 OrderAccess orderAccess, AccessPolicy access, HistoryRecorder history, Clock clock) {
        this.orders = orders;
        this.packages = packages;
        this.notes = notes;
        this.documents = documents;
        this.historyEntries = historyEntries;
        this.workflow = workflow;
        this.orderAccess = orderAccess;
        this.access = access;
        this.history = history;
        this.clock = clock;
    }

    /** The brief as the caller sees it: questions, answers, what is missing, earlier versions, whether they may change it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Brief brief(User caller, long orderId) {
        Order order = orderAccess.requireVisible(caller, orderId);
        return brief(caller, order);
    }

    private Brief brief(User caller, Order order) {
        List<RequirementQuestion> questions = questions(order);
        return new Brief(order, questions, order.answers(), Brief.missing(questions, order.answers(), documentKeys(order)),
                historyEntries.ofSubjectAction(Order.HISTORY_SUBJECT, order.id(), Brief.REVISED, 50),
                order.briefOpen() && mayEditBrief(caller, order));
    }

    /** The customer (or the agency when it works in the account with CHANGE_SPECS) changes answers until the first delivery. */
    public Brief reviseBrief(User caller, long orderId, Map<String, String> answers) {
        Order order = orderAccess.requireVisible(caller, orderId);
        if (!mayEditBrief(caller, order)) {
            throw new ActionForbidden("the customer, or the agency with CHANGE_SPECS, changes the brief");
        }
        List<RequirementQuestion> questions = questions(order);
        List<com.partnerhub.service.domain.shared.Violation> problems = new java.util.ArrayList<>();
        Map<String, String> checked = OrderPlacement.checkedAnswers(questions, answers, problems);
        if (!problems.isEmpty()) {
            throw new com.partnerhub.service.domain.shared.ValidationException(problems);
        }
        Map<String, String> before = new LinkedHashMap<>(order.answers());
        order.reviseBrief(checked, clock.instant());
        history.record(caller.id(), Order.HISTORY_SUBJECT, order.id(), order.accountId(), Brief.REVISED,
                Map.of("answers", before), Map.of("answers", checked, "version", order.briefVersion()));
        workflow.briefMayBeComplete(order, questions, documentKeys(order), caller.id());
        return brief(caller, order);
    }

    private boolean mayEditBrief(User caller, Order order) {
        OrderAccess.Standing standing = orderAccess.standing(caller, order);
        return standing.customer() || (standing.agency()
                && access.membership(caller, order.accountId()).map(m -> m.may(Permission.CHANGE_SPECS)).orElse(false));
    }

    /** The questions of the order's package (an individual offer asks none). */
    public List<RequirementQuestion> questions(Order order) {
        return order.packageId() == null ? List.of()
                : packages.find(order.packageId()).map(ServicePackage::questions).orElse(List.of());
    }

    /** The file questions of the brief a document was uploaded for. */
    public Set<String> documentKeys(Order order) {
        return documents.questionKeys(order.id());
    }

    /** The agency holds the order: its clocks stop until it resumes. */
    public Order hold(User caller, long orderId) {
        Order order = orderAccess.requireVisible(caller, orderId);
        orderAccess.requireAgency(caller, order);
        order.hold(HoldReason.BY_AGENCY, clock.instant());
        history.record(caller.id(), Order.HISTORY_SUBJECT, order.id(), order.accountId(), "ORDER_HELD", null,
                Map.of("reason", HoldReason.BY_AGENCY));
        return order;
    }

    /** The agency resumes the order (whatever held it); every date moves by the time it was held. */
    public Order resume(User caller, long orderId) {
        Order order = orderAccess.requireVisible(caller, orderId);
        orderAccess.requireAgency(caller, order);
        resumed(order, caller.id());
        return order;
    }

    /** Resumes a held order and records it (by the agency, or by documents that were late arriving). */
    public void resumed(Order order, Long actorId) {
        HoldReason reason = order.holdReason();
        Instant since = order.onHoldSince();
        order.resume(clock.instant());
        history.record(actorId, Order.HISTORY_SUBJECT, order.id(), order.accountId(), "ORDER_RESUMED",
                Map.of("reason", reason == null ? "" : reason, "since", since == null ? "" : since),
                Map.of("heldSeconds", order.heldSeconds()));
    }

    /** The document deadline of the order most overdue passed without documents: it goes on hold. */
    public Optional<Long> holdNextLateOrder() {
        Instant now = clock.instant();
        return orders.claimDocumentDeadline(now).filter(o -> o.documentDeadlinePassed(now)).map(o -> {
            history.record(null, Order.HISTORY_SUBJECT, o.id(), o.accountId(), "ORDER_HELD", null,
                    Map.of("reason", HoldReason.DOCUMENTS_LATE, "documentsDueAt", o.documentsDueAt()));
            return o.id();
        });
    }

    /** Two days before its document deadline a customer without documents yet is reminded (once). */
    public Optional<Long> remindNextDocumentsDue() {
        Instant now = clock.instant();
        return orders.claimDocumentReminder(now).map(o -> {
            o.documentsReminded();
            history.record(null, Order.HISTORY_SUBJECT, o.id(), o.accountId(), "DOCUMENTS_REMINDER", null,
                    Map.of("documentsDueAt", o.documentsDueAt()));
            return o.id();
        });
    }

    /** The agency's private notes on an order, newest first: only its own people read them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrderNote> notes(User caller, long orderId, long beforeId, int limit) {
        Order order = orderAccess.requireVisible(caller, orderId);
        orderAccess.requireAgency(caller, order);
        return Page.of(notes.ofOrder(order.id(), beforeId, limit + 1), limit, OrderNote::id);
    }

    public OrderNote addNote(User caller, long orderId, String body) {
        Order order = orderAccess.requireVisible(caller, orderId);
        orderAccess.requireAgency(caller, order);
        return notes.add(OrderNote.write(order.id(), caller.id(), body, clock.instant()));
    }
}
