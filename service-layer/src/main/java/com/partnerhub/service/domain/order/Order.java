package com.partnerhub.service.domain.order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.partnerhub.service.domain.catalogue.MilestoneRules;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.Validator;

/**
 * An agency's order for a customer account: a sequence of milestones worked, billed and accepted one
 * after the other. The order guards the sequence (no milestone skipped), the money (nothing billed twice,
 * never more than the price) and the dates (expected delivery recomputed at every change).
 */
public class Order {

    /** What the history names an order's entries by. */
    public static final String HISTORY_SUBJECT = "ORDER";

    private static final java.util.Set<String> KNOWN_CURRENCIES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Prices up to 10 billion in major units; anything above is a typo, not an order. */
    public static final long MAX_PRICE_MINOR = 1_000_000_000_000L;

    private Long id;
    private String number;
    private Long agencyId;
    private Long accountId;
    private Long siteId;
    private Long packageId;
    private Long conversationId;
    private String title;
    private long priceMinor;
    private String currency;
    private boolean paymentPerMilestone;
    private OrderStatus status;
    private boolean endedEarly;
    private String internalReference;
    private long billedMinor;
    private Long placedBy;
    private Instant placedAt;
    private Instant lastProgressAt; // of the order itself; its milestones keep their own (see lastProgressAt())
    private long version;
    private Instant documentsDueAt;
    private Instant documentsReceivedAt;
    private boolean documentsReminded;
    private Instant onHoldSince;
    private HoldReason holdReason;
    private long heldSeconds;
    private int briefVersion = 1;
    private boolean waitingForBrief;
    private boolean automaticHandover;
    private List<Milestone> milestones = new ArrayList<>();
    private Map<String, String> answers = Map.of();

    protected Order() {
    }

    /** What an order is placed with; {@code maxMilestones} is 5 for a catalogue package and 6 for an individual offer. */
    public record Placement(long agencyId, long accountId, Long siteId, Long packageId, String title, long priceMinor,
                            String currency, boolean paymentPerMilestone, String internalReference,
                            List<MilestonePlan> milestones, int maxMilestones, Map<String, String> answers,
                            Integer documentDeadlineDays, boolean briefComplete) {
    }

    /** Everything wrong with a placement, so a form can show all of it at once. */
    /** An amount in minor units as the currency's major units, so limits are told in the amounts people type. */
    private static java.math.BigDecimal major(long minor, String currency) {
        int digits = KNOWN_CURRENCIES.contains(currency) ? java.util.Currency.getInstance(currency).getDefaultFractionDigits() : 2;
        return java.math.BigDecimal.valueOf(minor, digits);
    }

    public static List<com.partnerhub.service.domain.shared.Violation> violations(Placement p) {
        Validator v = new Validator()
                .required("title", p.title()).maxLength("title", p.title(), 200)
                .check(p.priceMinor() > 0 && p.priceMinor() <= MAX_PRICE_MINOR, "priceMinor", "AMOUNT_OUT_OF_RANGE",
                        major(1, p.currency()), major(MAX_PRICE_MINOR, p.currency()), p.currency() == null ? "" : p.currency())
                .check(p.currency() != null && p.currency().matches("[A-Z]{3}") && KNOWN_CURRENCIES.contains(p.currency()),
                        "currency", "INVALID_CURRENCY")
                .maxLength("internalReference", p.internalReference(), 100)
                .check(p.documentDeadlineDays() == null || (p.documentDeadlineDays() >= 1 && p.documentDeadlineDays() <= 90),
                        "documentDeadlineDays", "OUT_OF_RANGE", 1, 90);
        MilestoneRules.check(v, "milestones", p.milestones(), p.maxMilestones());
        return v.violations();
    }

    public static Order place(String number, Placement p, long placedBy, Instant now) {
        List<com.partnerhub.service.domain.shared.Violation> problems = violations(p);
        if (!problems.isEmpty()) {
            throw new com.partnerhub.service.domain.shared.ValidationException(problems);
        }

        Order o = new Order();
        o.number = number;
        o.agencyId = p.agencyId();
        o.accountId = p.accountId();
        o.siteId = p.siteId();
        o.packageId = p.packageId();
        o.title = p.title().trim();
        o.priceMinor = p.priceMinor();
        o.currency = p.currency();
        o.paymentPerMilestone = p.paymentPerMilestone();
        o.status = OrderStatus.ACTIVE;
        o.internalReference = p.internalReference() == null || p.internalReference().isBlank() ? null : p.internalReference().trim();
        o.placedBy = placedBy;
        o.placedAt = now;
        o.lastProgressAt = now;
        o.answers = p.answers() == null ? Map.of() : Map.copyOf(p.answers());
        o.waitingForBrief = !p.briefComplete();
        o.documentsDueAt = p.documentDeadlineDays() == null ? null : now.plus(Duration.ofDays(p.documentDeadlineDays()));

        // each milestone's share of the price, in minor units; rounding leftovers go to the last paying milestone
        long[] amounts = new long[p.milestones().size()];
        long assigned = 0;
        int lastPaying = -1;
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = Math.multiplyExact(p.priceMinor(), p.milestones().get(i).sharePercent()) / 100;
            assigned += amounts[i];
            if (p.milestones().get(i).sharePercent() > 0) {
                lastPaying = i;
            }
        }
        amounts[lastPaying] += p.priceMinor() - assigned;
        for (int i = 0; i < amounts.length; i++) {
            o.milestones.add(new Milestone(o, i + 1, p.milestones().get(i), amounts[i]));
        }
        return o;
    }

    /** Starts the first milestone; returns the billing it needs (the first invoice) if any. */
    public Optional<Billing> begin(Instant now) {
        Optional<Billing> billing = startNext(milestones().get(0), now);
        touch(now);
        return billing;
    }

    /**
     * With payment per milestone each milestone is billed its share when it starts; without, the whole price
     * is billed once, with the first milestone. Work starts only when what is billed is paid.
     */
    private Optional<Billing> startNext(Milestone m, Instant now) {
        long due = paymentPerMilestone ? m.amountMinor() : (m.position() == 1 ? priceMinor : 0);
        if (due > 0) {
            m.awaitPayment();
            return Optional.of(new Billing(m, due));
        }
        if (!waitsForBrief(m)) {
            m.start(now);
        }
        return Optional.empty();
    }

    /** Records that an amount was invoiced; the amounts billed never exceed the price. */
    public void billed(long amountMinor) {
        if (amountMinor <= 0 || billedMinor + amountMinor > priceMinor) {
            throw new IllegalStateException("order " + number + " would be billed " + (billedMinor + amountMinor)
                    + " of a price of " + priceMinor);
        }
        billedMinor += amountMinor;
    }

    /** An unpaid invoice was voided (the order ended early): its amount no longer counts as billed. */
    public void unbilled(long amountMinor) {
        billedMinor -= amountMinor;
    }

    /**
     * The milestone's invoice was paid: work on it may start (the first one only once the brief is complete too).
     * Payments for anything else change nothing here.
     */
    public void paymentReceived(long milestoneId, Instant now) {
        milestones.stream().filter(m -> m.id() != null && m.id() == milestoneId).findFirst().ifPresent(m -> {
            if (m.status() == MilestoneStatus.AWAITING_PAYMENT) {
                m.paid(now);
                if (!waitsForBrief(m)) {
                    m.start(now);
                }
            }
        });
    }

    private boolean waitsForBrief(Milestone m) {
        return waitingForBrief && m.position() == 1;
    }

    /**
     * The brief's required answers are all there: the first milestone starts if nothing else holds it (its invoice
     * paid, or none due). Returns whether it started.
     */
    public boolean briefCompleted(Instant now) {
        if (!waitingForBrief) {
            return false;
        }
        waitingForBrief = false;
        Milestone first = milestone(1);
        first.orderChanged(now); // a payment of it at the same moment would otherwise not start it
        boolean ready = status == OrderStatus.ACTIVE && (first.status() == MilestoneStatus.PLANNED
                || (first.status() == MilestoneStatus.AWAITING_PAYMENT && first.paidAt() != null));
        if (ready) {
            first.start(now);
        }
        touch(now);
        return ready;
    }

    /**
     * The acting party delivers the current milestone, with a note and a link to look at it; the customer has the
     * review window to answer. Not while the order is on hold: its review clock would not run.
     */
    public Milestone deliver(int position, Instant now, Duration reviewWindow, String note, String link) {
        Milestone m = current(position, MilestoneStatus.IN_PROGRESS, "DELIVER");
        if (onHoldSince != null) {
            throw new DomainConflict("ORDER_ON_HOLD", "the order is on hold; resume it before delivering", holdReason.name());
        }
        m.deliver(now, reviewWindow, note, link);
        return m;
    }

    public Milestone requestRevision(int position, Instant now) {
        Milestone m = current(position, MilestoneStatus.DELIVERED, "REQUEST_REVISION");
        if (m.revisionsLeft() <= 0) {
            throw new DomainConflict("NO_REVISIONS_LEFT", "all included revisions are used", m.includedRevisions());
        }
        m.reopenForRevision(now);
        return m;
    }

    /**
     * The customer accepts the current delivery (or the review window ran out). The next milestone starts
     * and is billed if it needs to be; accepting the last one completes the order.
     */
    public Optional<Billing> accept(int position, Instant now, boolean automatically) {
        Milestone m = current(position, MilestoneStatus.DELIVERED, "ACCEPT");
        m.accept(now, automatically);
        Optional<Milestone> next = firstOpen();
        Optional<Billing> billing = Optional.empty();
        if (next.isEmpty()) {
            status = OrderStatus.COMPLETED;
        } else {
            billing = startNext(next.get(), now);
        }
        return billing;
    }

    /**
     * After any accepted milestone the customer may end the order: the open milestones are cancelled, nothing
     * more is billed, the order is completed. Returns the cancelled milestones (their unpaid invoices are voided).
     */
    public List<Milestone> end(Instant now) {
        requireActive();
        if (!mayEnd()) {
            throw new DomainConflict("NOTHING_ACCEPTED_YET", "an order can be ended only after a milestone was accepted");
        }
        List<Milestone> cancelled = new ArrayList<>();
        for (Milestone m : milestones()) {
            if (m.isOpen()) {
                m.cancel();
                cancelled.add(m);
            }
        }
        status = OrderStatus.COMPLETED;
        endedEarly = true;
        touch(now);
        return cancelled;
    }

    /**
     * The order stops waiting: its clocks stop (no review runs out, nothing is overdue) until it resumes, and every
     * date after moves by the time it was held.
     */
    public void hold(HoldReason reason, Instant now) {
        requireActive();
        if (onHoldSince != null) {
            throw new DomainConflict("ORDER_ON_HOLD", "the order is already on hold", holdReason.name());
        }
        onHoldSince = now;
        holdReason = reason;
        // clearing the running milestone's due date writes its row: a delivery or acceptance at the same moment fails
        firstOpen().ifPresent(Milestone::held);
    }

    /** The hold ends: the running milestone's dates and review deadline move by the time held. */
    public void resume(Instant now) {
        requireActive();
        if (onHoldSince == null) {
            throw new DomainConflict("ORDER_NOT_ON_HOLD", "the order is not on hold");
        }
        Instant since = onHoldSince;
        firstOpen().ifPresent(m -> m.resumed(since, now));
        heldSeconds += Duration.between(since, now).getSeconds();
        onHoldSince = null;
        holdReason = null;
        touch(now);
    }

    /**
     * The customer's documents arrived: the first arrival meets the document deadline (an order held because they
     * were late is resumed by the use case, which records it).
     */
    public void documentsReceived(Instant now) {
        if (documentsReceivedAt == null) {
            documentsReceivedAt = now;
        }
    }

    /** The document deadline passed: without documents an active order goes on hold. Returns whether it did. */
    public boolean documentDeadlinePassed(Instant now) {
        if (status != OrderStatus.ACTIVE || documentsReceivedAt != null || onHoldSince != null
                || documentsDueAt == null || documentsDueAt.isAfter(now)) {
            return false;
        }
        hold(HoldReason.DOCUMENTS_LATE, now);
        return true;
    }

    /** The customer is reminded once, this long before the document deadline, while documents are still missing. */
    public static final Duration DOCUMENTS_REMINDER_LEAD = Duration.ofDays(2);

    public void documentsReminded() {
        documentsReminded = true;
    }

    /** The brief may change until the first delivery; each change is a new version. */
    public void reviseBrief(Map<String, String> revised, Instant now) {
        requireActive();
        if (!briefOpen()) {
            throw new DomainConflict("BRIEF_LOCKED", "the brief cannot change after the first delivery");
        }
        answers = Map.copyOf(revised); // a new value, so the change is seen (a column of the order's row)
        briefVersion++;
        milestone(1).orderChanged(now); // a first delivery at the same moment locks the brief: one of the two fails
        touch(now);
    }

    public boolean briefOpen() {
        return status == OrderStatus.ACTIVE && milestones.stream().allMatch(m -> m.deliveredAt() == null);
    }

    /** Work on the first milestone waits for the brief's required answers. */
    public boolean awaitingBrief() {
        return status == OrderStatus.ACTIVE && waitingForBrief;
    }

    /** An active order may be ended once a milestone was accepted. */
    public boolean mayEnd() {
        return status == OrderStatus.ACTIVE && milestones.stream().anyMatch(m -> m.status() == MilestoneStatus.ACCEPTED);
    }

    public void markStep(int position, int stepNo, boolean done, Instant now) {
        requireActive();
        Milestone m = milestone(position);
        if (!m.isOpen()) {
            throw new DomainConflict("INVALID_TRANSITION", "the milestone is closed", m.status().name(), "TICK_STEPS");
        }
        m.markStep(stepNo, done, now);
    }

    /** A progress update counts as progress: it keeps the order from being flagged stale. */
    public void progressReported(Instant now) {
        requireActive();
        touch(now);
    }

    private Milestone current(int position, MilestoneStatus expected, String action) {
        requireActive();
        Milestone m = milestone(position);
        Milestone current = firstOpen().orElseThrow();
        if (m != current) {
            throw new DomainConflict("MILESTONE_NOT_CURRENT", "milestone " + position + " is not the current one",
                    position, current.position());
        }
        if (m.status() != expected) {
            throw new DomainConflict("INVALID_TRANSITION", "cannot " + action + " a milestone that is " + m.status(),
                    m.status().name(), action);
        }
        return m;
    }

    public Milestone milestone(int position) {
        return milestones.stream().filter(m -> m.position() == position).findFirst()
                .orElseThrow(() -> new DomainConflict("NO_SUCH_MILESTONE", "no milestone " + position, position));
    }

    public Optional<Milestone> firstOpen() {
        return milestones().stream().filter(Milestone::isOpen).findFirst();
    }

    private void requireActive() {
        if (status != OrderStatus.ACTIVE) {
            throw new DomainConflict("ORDER_NOT_ACTIVE", "the order is " + status, status.name());
        }
    }

    /** Progress of the order itself (its milestones record theirs in their own rows). */
    private void touch(Instant now) {
        lastProgressAt = now;
    }

    /** A milestone's planned (or, once done, actual) start and end. */
    public record PlannedDates(int position, Instant start, Instant end) {
    }

    /**
     * The timeline from what actually happened: accepted milestones at their acceptance, a running one from
     * its start (and at least until now, when it is late), waiting ones from now. Cancelled ones have none.
     */
    public List<PlannedDates> schedule(Instant now) {
        List<PlannedDates> dates = new ArrayList<>();
        Instant cursor = placedAt;
        for (Milestone m : milestones()) {
            switch (m.status()) {
                case ACCEPTED -> {
                    Instant start = m.startedAt() != null ? m.startedAt() : cursor;
                    dates.add(new PlannedDates(m.position(), start, m.acceptedAt()));
                    cursor = m.acceptedAt();
                }
                case CANCELLED -> dates.add(new PlannedDates(m.position(), null, null));
                case DELIVERED -> {
                    dates.add(new PlannedDates(m.position(), m.startedAt(), m.deliveredAt()));
                    cursor = m.deliveredAt();
                }
                default -> {
                    Instant start = m.startedAt() != null ? m.startedAt() : later(cursor, now);
                    Instant plannedEnd = m.plannedEnd(start);
                    if (m.status() == MilestoneStatus.IN_PROGRESS && onHoldSince != null) {
                        plannedEnd = plannedEnd.plus(Duration.between(later(onHoldSince, m.startedAt()), now));
                    }
                    dates.add(new PlannedDates(m.position(), start, plannedEnd));
                    cursor = later(plannedEnd, now);
                }
            }
        }
        return dates;
    }

    /**
     * When the current step is due: the running milestone's planned end, or the end of its review; a milestone that
     * waits for its payment or the brief, its planned end were it started now. Nothing is due while the order is held
     * or done.
     */
    public Instant nextDueAt(Instant now) {
        if (status != OrderStatus.ACTIVE || onHoldSince != null) {
            return null;
        }
        return firstOpen().map(m -> m.dueAt() != null ? m.dueAt() : schedule(now).get(m.position() - 1).end()).orElse(null);
    }

    /**
     * Late: the running milestone is past its planned end, or its review past its deadline (kept in the milestone's
     * row, so the dashboard's filter is a query). Waiting for the customer's payment or brief is not the agency late.
     */
    public boolean isOverdue(Instant now) {
        Instant due = status == OrderStatus.ACTIVE && onHoldSince == null ? firstOpen().map(Milestone::dueAt).orElse(null) : null;
        return due != null && due.isBefore(now);
    }

    /** When the order will be delivered, judged from what happened so far: recomputed whenever it is read. */
    public Instant expectedDeliveryAt(Instant now) {
        Instant cursor = placedAt;
        List<PlannedDates> dates = schedule(now);
        for (Milestone m : milestones()) {
            if (m.status() == MilestoneStatus.CANCELLED) {
                continue;
            }
            Instant end = dates.get(m.position() - 1).end();
            cursor = m.status() == MilestoneStatus.ACCEPTED || m.status() == MilestoneStatus.DELIVERED ? end : later(end, now);
        }
        return cursor;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** No progress update for this long and the order is flagged (updates every 2-3 days are recommended). */
    public static final Duration STALE_AFTER = Duration.ofDays(3);

    public boolean isStale(Instant now) {
        return status == OrderStatus.ACTIVE && onHoldSince == null && lastProgressAt().plus(STALE_AFTER).isBefore(now);
    }


    /**
     * Opts the order in or out of the automatic handover: when its final tranche is paid, its site moves to the
     * customer. Only for an order still running on a site (whether the site is still the agency's is the caller's check).
     */
    public void automaticHandover(boolean on) {
        if (on && siteId == null) {
            throw new DomainConflict("HANDOVER_NEEDS_SITE", "the order has no site to hand over");
        }
        if (status != OrderStatus.ACTIVE) {
            throw new DomainConflict("ORDER_NOT_ACTIVE", "the order is " + status, status.name());
        }
        automaticHandover = on;
    }

    public boolean automaticHandover() {
        return automaticHandover;
    }

    /**
     * Whether this milestone's invoice is the order's last: with payment per milestone the last milestone that bills
     * anything, without it the one invoice of the first.
     */
    public boolean isFinalTranche(long milestoneId) {
        int last = paymentPerMilestone
                ? milestones.stream().filter(m -> m.amountMinor() > 0).mapToInt(Milestone::position).max().orElse(1) : 1;
        return milestones.stream().anyMatch(m -> m.id() != null && m.id() == milestoneId && m.position() == last);
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public long agencyId() {
        return agencyId;
    }

    /** The order's thread, opened when it is placed (null only for orders placed before threads existed). */
    public Long conversationId() {
        return conversationId;
    }

    /** Remembers the thread opened for this order, so showing the order needs no search for it. */
    public void openedThread(long conversationId) {
        this.conversationId = conversationId;
    }

    public long accountId() {
        return accountId;
    }

    public Long siteId() {
        return siteId;
    }

    public Long packageId() {
        return packageId;
    }

    public String title() {
        return title;
    }

    public long priceMinor() {
        return priceMinor;
    }

    public String currency() {
        return currency;
    }

    public boolean paymentPerMilestone() {
        return paymentPerMilestone;
    }

    public OrderStatus status() {
        return status;
    }

    public boolean endedEarly() {
        return endedEarly;
    }

    public String internalReference() {
        return internalReference;
    }

    public long billedMinor() {
        return billedMinor;
    }

    public long placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }

    /** The latest progress of the order or any of its milestones. */
    public Instant lastProgressAt() {
        Instant latest = lastProgressAt;
        for (Milestone m : milestones) {
            if (m.progressAt() != null && m.progressAt().isAfter(latest)) {
                latest = m.progressAt();
            }
        }
        return latest;
    }

    public long version() {
        return version;
    }

    /** By when the customer's documents are expected, if the order asks for any. */
    public Instant documentsDueAt() {
        return documentsDueAt;
    }

    public Instant documentsReceivedAt() {
        return documentsReceivedAt;
    }

    /** Since when the order is on hold, or null. */
    public Instant onHoldSince() {
        return onHoldSince;
    }

    public HoldReason holdReason() {
        return holdReason;
    }

    /** How long the order was held in total (a hold going on now not counted). */
    public long heldSeconds() {
        return heldSeconds;
    }

    public int briefVersion() {
        return briefVersion;
    }

    public List<Milestone> milestones() {
        return milestones.stream().sorted(Comparator.comparingInt(Milestone::position)).toList();
    }

    public Map<String, String> answers() {
        return answers;
    }
}
