package com.partnerhub.service.application.order;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.conversation.ConversationService;
import com.partnerhub.service.application.invoice.BillingService;
import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.catalogue.MilestoneRules;
import com.partnerhub.service.domain.catalogue.MilestoneTemplate;
import com.partnerhub.service.domain.catalogue.PackageRepository;
import com.partnerhub.service.domain.catalogue.QuestionType;
import com.partnerhub.service.domain.catalogue.RequirementQuestion;
import com.partnerhub.service.domain.catalogue.ServicePackage;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.notification.NotificationKind;
import com.partnerhub.service.domain.order.MilestonePlan;
import com.partnerhub.service.domain.order.MilestoneTexts;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderRepository;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.domain.site.SiteRepository;

/** Order intake: an agency places an order for a customer account, from a package or as an individual offer. */
@ApplicationScoped
@Transactional
public class OrderPlacement {

    private OrderRepository orders;
    private PackageRepository packages;
    private SiteRepository sites;
    private BillingService billing;
    private ConversationService conversations;
    private OrderAccess orderAccess;
    private AccessPolicy access;
    private HistoryRecorder history;
    private Clock clock;

    protected OrderPlacement() {
    }

    @Inject
    public OrderPlacement(OrderRepository orders, PackageRepository packages, SiteRepository sites,
                          BillingService billing, ConversationService conversations,
                          OrderAccess orderAccess, AccessPolicy access, HistoryRecorder history, Clock clock) {
        this.orders = orders;
        this.packages = packages;
        this.sites = sites;
        this.billing = billing;
        this.conversations = conversations;
        this.orderAccess = orderAccess;
        this.access = access;
        this.history = history;
        this.clock = clock;
    }

    /** A placed order, the invoices placing it issued (the first milestone's) and its thread. */
    public record Placed(Order order, List<Invoice> invoices, long conversationId, OrderAccess.Standing standing) {
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
            new Validator().check(fits, "siteId", "NOT_IN_ACCOUNT")
                    .check(!command.automaticHandover() || site == null || site.isUnderAgency(), "automaticHandover",
                            "SITE_NOT_UNDER_AGENCY").throwIfInvalid();
        }
        new Validator().check(!command.automaticHandover() || command.siteId() != null, "automaticHandover", "NEEDS_SITE")
                .throwIfInvalid();

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
        order.automaticHandover(command.automaticHandover());
        long conversationId = conversations.openForOrder(order).id();
        order.openedThread(conversationId);
        List<Invoice> issued = new ArrayList<>();
        Map<String, Object> placed = new java.util.LinkedHashMap<>(Map.of(
                "number", order.number(), "priceMinor", order.priceMinor(), "currency", order.currency(),
                "milestones", order.milestones().size(), "paymentPerMilestone", perMilestone,
                "automaticHandover", order.automaticHandover()));
        order.begin(now).ifPresent(b -> {
            Invoice invoice = billing.issue(order, b);
            issued.add(invoice);
            placed.put(NotificationKind.INVOICE_ISSUED_FACT, BillingService.issuedFacts(invoice, b));
        });
        // one entry for the placing and the first invoice it issued
        history.record(caller.id(), Order.HISTORY_SUBJECT, order.id(), order.accountId(), "ORDER_PLACED", null, placed);
        return new Placed(order, issued, conversationId, orderAccess.standing(caller, order));
    }

    /**
     * The agency opts a running order into (or out of) the automatic handover of its site at the final payment; the
     * site must still be the agency's to opt in.
     */
    public Order automaticHandover(User caller, long orderId, boolean on) {
        Order order = orderAccess.requireVisible(caller, orderId);
        orderAccess.requireAgency(caller, order);
        if (on) {
            boolean underAgency = order.siteId() != null && sites.find(order.siteId()).map(Site::isUnderAgency).orElse(false);
            if (order.siteId() != null && !underAgency) {
                throw new com.partnerhub.service.domain.shared.DomainConflict("SITE_ALREADY_TRANSFERRED",
                        "the site already belongs to a customer account");
            }
        }
        boolean before = order.automaticHandover();
        order.automaticHandover(on);
        if (before != on) {
            history.record(caller.id(), Order.HISTORY_SUBJECT, order.id(), order.accountId(), "AUTOMATIC_HANDOVER_SET",
                    Map.of("automaticHandover", before), Map.of("automaticHandover", on));
        }
        return order;
    }

    private static MilestonePlan plan(MilestoneTemplate t, boolean german) {
        return new MilestonePlan(t.name(german), t.description(german), t.actingParty(), t.plannedDays(), t.sharePercent(),
                t.includedRevisions(), t.steps(german), MilestoneTexts.of(words(t, true), words(t, false)));
    }

    private static MilestoneTexts.Words words(MilestoneTemplate t, boolean german) {
        return new MilestoneTexts.Words(t.name(german), t.description(german), t.steps(german));
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

}
