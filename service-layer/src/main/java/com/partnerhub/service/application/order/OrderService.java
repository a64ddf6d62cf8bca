package com.partnerhub.service.application.order;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.invoice.BillingService;
import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.Deadlines;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.catalogue.MilestoneRules;
import com.partnerhub.service.domain.catalogue.MilestoneTemplate;
import com.partnerhub.service.domain.catalogue.PackageRepository;
import com.partnerhub.service.domain.catalogue.QuestionType;
import com.partnerhub.service.domain.catalogue.RequirementQuestion;
import com.partnerhub.service.domain.catalogue.ServicePackage;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.history.HistoryRepository;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.order.Billing;
import com.partnerhub.service.domain.order.Milestone;
import com.partnerhub.service.domain.order.MilestonePlan;
import com.partnerhub.service.domain.order.MilestoneTexts;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderRepository;
import com.partnerhub.service.domain.order.OrderStatus;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.domain.site.SiteRepository;

/** Order intake and the milestone workflow with its payments. */
@ApplicationScoped
@Transactional
public class OrderService {

    public static final String SUBJECT = "ORDER";

    private OrderRepository orders;
    private PackageRepository packages;
    private AccountRepository accounts;
    private SiteRepository sites;
    private HistoryRepository historyEntries;
    private BillingService billing;
    private com.partnerhub.service.application.conversation.ConversationService conversations;
    private OrderAccess orderAccess;
    private AccessPolicy access;
    private HistoryRecorder history;
    private Deadlines deadlines;
    private Clock clock;

    protected OrderService() {
    }

    @Inject
    public OrderService(OrderRepository orders, PackageRepository packages, AccountRepository accounts, SiteRepository sites,
                        HistoryRepository historyEntries, BillingService billing,
                        com.partnerhub.service.application.conversation.ConversationService conversations, OrderAccess orderAccess,
                        AccessPolicy access, HistoryRecorder history, Deadlines deadlines, Clock clock) {
        this.orders = orders;
        this.packages = packages;
        this.accounts = accounts;
        this.sites = sites;
        this.historyEntries = historyEntries;
        this.billing = billing;
        this.conversations = conversations;
        this.orderAccess = orderAccess;
        this.access = access;
        this.history = history;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** A placed order, the invoices placing it issued (the first milestone's) and its thread. */
    public record Placed(Order order, List<Invoice> invoices, long conversationId, OrderAccess.Standing standing) {
    }

    /**
     * What the order page shows besides the order itself, for a caller who sees the order: the customer's name, the
     * invoices (null for those who may not see them) and the order's thread. Read in the caller's transaction, from
     * the order the use case already holds.
     */
    public record Details(Order order, String accountName, List<Invoice> invoices, Long conversationId, OrderAccess.Standing standing) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Details details(User caller, Order order) {
        OrderAccess.Standing standing = orderAccess.standing(caller, order);
        return new Details(order, accounts.find(order.accountId()).map(a -> a.name()).orElse(null),
                standing.mayViewInvoices() ? billing.ofCheckedOrder(order) : null, order.conversationId(), standing);
    }

    public Placed place(User caller, PlaceOrder command) {
        Set<Long> agencies = access.agencyIdsOf(caller);
        if (agencies.isEmpty()) {
            throw new ActionForbidden("only agencies place orders");
        }
        Long agencyId = command.agencyId() != null ? command.agencyId() : (agencies.size() == 1 ? agencies.iterator().next() : null);
        new Validator().required("agencyId", agencyId).required("accountId", command.accountId())
                .check(command.packageId() == null ^ command.offerMilestones() == null, "packageId", "PACKAGE_OR_OFFER")
                .throwIfInvalid();
        if (!agencies.contains(agencyId)) {
            throw new ResourceNotFound("agency");
        }
        access.requirePermission(caller, command.accountId(), Permission.ORDER_PRODUCTS);
        if (command.siteId() != null) {
            Site site = sites.find(command.siteId()).orElse(null);
            boolean fits = site != null && (site.isUnderAgency() ? site.agencyId() == agencyId
                    : site.ownerAccountId().equals(command.accountId()));
            new Validator().check(fits, "siteId", "NOT_IN_ACCOUNT").throwIfInvalid();
        }

        List<com.partnerhub.service.domain.shared.Violation> answerProblems = new ArrayList<>();
        List<MilestonePlan> plans;
        boolean perMilestone;
        int max;
        Map<String, String> answers;
        List<RequirementQuestion> questions = List.of();
        Integer documentDays = command.documentDeadlineDays();
        if (command.packageId() != null) {
            ServicePackage p = packages.find(command.packageId()).filter(ServicePackage::active).orElse(null);
            new Validator().check(p != null, "packageId", "UNKNOWN_VALUE", "an active package").throwIfInvalid();
            plans = p.milestones().stream().map(t -> plan(t, command.german())).toList();
            perMilestone = p.paymentPerMilestone();
            max = MilestoneRules.MAX_CATALOGUE;
            questions = p.questions();
            answers = checkedAnswers(questions, command.answers(), answerProblems);
            documentDays = documentDays != null ? documentDays : p.documentDeadlineDays();
        } else {
            plans = command.offerMilestones();
            perMilestone = command.paymentPerMilestone() == null || command.paymentPerMilestone();
            max = MilestoneRules.MAX_OFFER;
            answers = checkedAnswers(List.of(), command.answers(), answerProblems);
        }

        Instant now = clock.instant();
        Order.Placement placement = new Order.Placement(agencyId, command.accountId(), command.siteId(), command.packageId(),
                command.title(), command.priceMinor(), command.currency(), perMilestone, command.internalReference(), plans, max,
                answers, documentDays, Brief.missing(questions, answers, Set.of()).isEmpty());
        List<com.partnerhub.service.domain.shared.Violation> problems = new ArrayList<>(Order.violations(placement));
        problems.addAll(answerProblems);
        if (!problems.isEmpty()) {
            throw new com.partnerhub.service.domain.shared.ValidationException(problems);
        }
        Order order = orders.add(Order.place(orders.nextNumber(), placement, caller.id(), now));
        history.record(caller.id(), SUBJECT, order.id(), order.accountId(), "ORDER_PLACED", null, Map.of(
                "number", order.number(), "priceMinor", order.priceMinor(), "currency", order.currency(),
                "milestones", order.milestones().size(), "paymentPerMilestone", perMilestone));
        long conversationId = conversations.openForOrder(order).id();
        order.openedThread(conversationId);
        List<Invoice> issued = new ArrayList<>();
        order.begin(now).ifPresent(b -> issued.add(billing.issue(order, b, caller.id())));
        return new Placed(order, issued, conversationId, orderAccess.standing(caller, order));
    }

    private static MilestonePlan plan(MilestoneTemplate t, boolean german) {
        return new MilestonePlan(t.name(german), t.description(german), t.actingParty(), t.plannedDays(), t.sharePercent(),
                t.includedRevisions(), t.steps(german), MilestoneTexts.of(words(t, true), words(t, false)));
    }

    private static MilestoneTexts.Words words(MilestoneTemplate t, boolean german) {
        return new MilestoneTexts.Words(t.name(german), t.description(german), t.steps(german));
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
        history.record(actorId, SUBJECT, order.id(), order.accountId(), "BRIEF_COMPLETED", null,
                Map.of("milestone", 1, "status", order.milestone(1).status()));
        return true;
    }

    /**
     * Answers to the package's questions: choices from the list, nothing unasked, files uploaded rather than typed.
     * Required answers may still be missing: the first milestone waits for them.
     */
    public static Map<String, String> checkedAnswers(List<RequirementQuestion> questions, Map<String, String> given,
                                                      List<com.partnerhub.service.domain.shared.Violation> problems) {
        Map<String, String> answers = given == null ? Map.of() : given;
        Validator v = new Validator();
        if (answers.size() > ServicePackage.MAX_QUESTIONS) {
            problems.add(new com.partnerhub.service.domain.shared.Violation("answers", "TOO_MANY", ServicePackage.MAX_QUESTIONS));
            return Map.of();
        }
        Map<String, String> kept = new HashMap<>();
        for (RequirementQuestion q : questions) {
            String a = answers.get(q.key());
            String field = "answers." + q.key();
            if (q.type() == QuestionType.FILE) {
                v.check(a == null || a.isBlank(), field, "UPLOAD_A_FILE");
                continue;
            }
            if (a != null && !a.isBlank()) {
                v.maxLength(field, a, 4000).check(q.type() != QuestionType.CHOICE || q.choices().contains(a), field,
                        "UNKNOWN_VALUE", String.join(", ", q.choices()));
                kept.put(q.key(), a.trim());
            }
        }
        for (String key : answers.keySet().stream().sorted().toList()) {
            v.check(questions.stream().anyMatch(q -> q.key().equals(key)), "answers." + key, "NOT_ASKED");
        }
        problems.addAll(v.violations());
        return kept;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
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
    @Transactional(Transactional.TxType.SUPPORTS)
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
            List<Long> accountIds = accounts.membershipsOf(caller.id()).stream().map(m -> m.account().id()).toList();
            fetched = orders.ofAccounts(accountIds, f, beforeId, limit + 1);
        }
        return Page.of(fetched, limit, Order::id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String accountName(long accountId) {
        return accounts.find(accountId).map(a -> a.name()).orElse(null);
    }

    /** Names of customer accounts, for lists that show whose an order is. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> accountNames(java.util.Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        accounts.findAll(Set.copyOf(accountIds)).forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntry> history(User caller, long orderId, long afterId, int limit) {
        orderAccess.requireVisible(caller, orderId);
        return Page.of(historyEntries.ofSubject(SUBJECT, orderId, afterId, limit + 1), limit, HistoryEntry::id);
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
        history.record(caller.id(), SUBJECT, order.id(), order.accountId(), "MILESTONE_DELIVERED", before, after);
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
        history.record(caller.id(), SUBJECT, order.id(), order.accountId(), "REVISION_REQUESTED", before, after);
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
        record(actorId, order, automatically ? "MILESTONE_AUTO_ACCEPTED" : "MILESTONE_ACCEPTED", before, m);
        next.ifPresent(b -> billing.issue(order, b, actorId));
        if (order.status() == OrderStatus.COMPLETED) {
            history.record(actorId, SUBJECT, order.id(), order.accountId(), "ORDER_COMPLETED", null, Map.of("status", "COMPLETED"));
        }
    }

    /** The customer ends the order after an accepted milestone: open milestones cancelled, unpaid invoices voided. */
    public Order end(User caller, long orderId) {
        Order order = orderAccess.requireVisible(caller, orderId);
        orderAccess.requireCustomer(caller, order);
        List<Milestone> cancelled = order.end(clock.instant());
        billing.voidUnpaid(order, cancelled, caller.id());
        history.record(caller.id(), SUBJECT, order.id(), order.accountId(), "ORDER_ENDED", Map.of("status", "ACTIVE"),
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
            history.record(null, SUBJECT, order.id(), order.accountId(), "REVIEW_REMINDER", null, Map.of(
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
        history.record(null, SUBJECT, order.id(), order.accountId(), "PAYMENT_RECEIVED", Map.of("invoice", invoice.number(),
                "milestone", before.get("status")), Map.of("invoice", invoice.number(), "milestone", m.status()));
    }

    public Order markStep(User caller, long orderId, int position, int stepNo, boolean done) {
        Order order = orderAccess.requireVisible(caller, orderId);
        orderAccess.requireWorker(caller, order);
        order.markStep(position, stepNo, done, clock.instant());
        history.record(caller.id(), SUBJECT, order.id(), order.accountId(), done ? "STEP_DONE" : "STEP_REOPENED", null,
                Map.of("milestone", position, "step", stepNo));
        return order;
    }

    public Order reportProgress(User caller, long orderId, int position, String note) {
        Order order = orderAccess.requireVisible(caller, orderId);
        orderAccess.requireWorker(caller, order);
        new Validator().required("note", note).maxLength("note", note, 2000).throwIfInvalid();
        order.milestone(position);
        order.progressReported(clock.instant());
        history.record(caller.id(), SUBJECT, order.id(), order.accountId(), "PROGRESS_REPORTED", null,
                Map.of("milestone", position, "note", note.trim()));
        return order;
    }

    private void record(Long actorId, Order order, String action, Map<String, Object> before, Milestone m) {
        history.record(actorId, SUBJECT, order.id(), order.accountId(), action, before, state(m));
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
