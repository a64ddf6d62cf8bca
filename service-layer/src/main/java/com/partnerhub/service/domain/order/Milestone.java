package com.partnerhub.service.domain.order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.partnerhub.service.domain.catalogue.ActingParty;

/** One step of an order. Its transitions are driven by {@link Order}, which guards the sequence. */
public class Milestone {

    private Long id;
    private Order order;
    private int position;
    private String name;
    private String description;
    private ActingParty actingParty;
    private int plannedDays;
    private int sharePercent;
    private long amountMinor;
    private int includedRevisions;
    private int revisionsUsed;
    private MilestoneStatus status;
    private Instant startedAt;
    private Instant deliveredAt;
    private Instant reviewDueAt;
    private Instant acceptedAt;
    private boolean autoAccepted;
    private int remindersSent;
    private long heldSeconds;
    private Instant paidAt;
    private String deliveryNote;
    private String deliveryLink;
    private List<SubStep> steps = List.of();
    private MilestoneTexts texts = MilestoneTexts.NONE;
    // what the order's dashboard needs from the running milestone lives in its row, so a step that changes only the
    // milestone writes only the milestone (the order's row is not touched by a payment or a delivery)
    private Instant dueAt;
    private Instant progressAt;
    private long version;
    // the order's agency, fixed at placing: the dashboard's overdue filter starts from an agency's late milestones
    private long agencyId;

    protected Milestone() {
    }

    Milestone(Order order, int position, MilestonePlan plan, long amountMinor) {
        this.order = order;
        this.agencyId = order.agencyId();
        this.position = position;
        this.name = plan.name().trim();
        this.description = plan.description();
        this.actingParty = plan.actingParty();
        this.plannedDays = plan.plannedDays();
        this.sharePercent = plan.sharePercent();
        this.amountMinor = amountMinor;
        this.includedRevisions = plan.includedRevisions();
        this.status = MilestoneStatus.PLANNED;
        List<SubStep> planned = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            planned.add(new SubStep(i + 1, plan.steps().get(i)));
        }
        this.steps = List.copyOf(planned);
        this.texts = plan.texts();
    }

    void awaitPayment() {
        status = MilestoneStatus.AWAITING_PAYMENT;
    }

    void paid(Instant now) {
        if (paidAt == null) {
            paidAt = now;
        }
        progressAt = now;
    }

    /** When its invoice was paid (null: not billed, or not paid yet). */
    public Instant paidAt() {
        return paidAt;
    }

    void start(Instant now) {
        status = MilestoneStatus.IN_PROGRESS;
        startedAt = now;
        progressed(now);
    }

    void deliver(Instant now, Duration reviewWindow, String note, String link) {
        status = MilestoneStatus.DELIVERED;
        deliveredAt = now;
        deliveryNote = note;
        deliveryLink = link;
        reviewDueAt = now.plus(reviewWindow);
        remindersSent = 0;
        progressed(now);
    }

    /**
     * The review reminder due now, if one is: 1 two days before auto-acceptance, 2 one day before. A window shorter
     * than two days gets only the last one; a reminder already sent is not sent again.
     */
    public java.util.Optional<Integer> reminderDue(Instant now) {
        if (status != MilestoneStatus.DELIVERED || reviewDueAt == null || !now.isBefore(reviewDueAt)) {
            return java.util.Optional.empty();
        }
        Duration left = Duration.between(now, reviewDueAt);
        int stage = left.compareTo(Duration.ofDays(1)) <= 0 ? 2 : left.compareTo(Duration.ofDays(2)) <= 0 ? 1 : 0;
        return stage > remindersSent ? java.util.Optional.of(stage) : java.util.Optional.empty();
    }

    public void reminded(int stage) {
        remindersSent = Math.max(remindersSent, stage);
    }

    void reopenForRevision(Instant now) {
        revisionsUsed++;
        status = MilestoneStatus.IN_PROGRESS;
        reviewDueAt = null;
        progressed(now);
    }

    void accept(Instant now, boolean automatically) {
        status = MilestoneStatus.ACCEPTED;
        acceptedAt = now;
        autoAccepted = automatically;
        reviewDueAt = null;
        progressed(now);
    }

    void cancel() {
        status = MilestoneStatus.CANCELLED;
        reviewDueAt = null;
        dueAt = null;
    }

    /** Something happened on this milestone: it counts as the order's progress, and its due date follows its status. */
    private void progressed(Instant now) {
        progressAt = now;
        dueAt = due();
    }

    /** While it runs: its planned end; delivered: the end of the review. Nothing else is due. */
    private Instant due() {
        return switch (status) {
            case IN_PROGRESS -> plannedEnd(startedAt);
            case DELIVERED -> reviewDueAt;
            default -> null;
        };
    }

    /** The order went on hold: nothing is due until it resumes. */
    void held() {
        dueAt = null;
    }

    /**
     * A change of the order that depends on this milestone's state (the brief completed or revised) is written to its
     * row too: a concurrent payment or delivery of it then fails on the milestone's version instead of both committing.
     */
    void orderChanged(Instant now) {
        progressAt = now;
    }

    void markStep(int stepNo, boolean done, Instant now) {
        if (stepNo < 1 || stepNo > steps.size()) {
            throw new com.partnerhub.service.domain.shared.ValidationException(
                    List.of(new com.partnerhub.service.domain.shared.Violation("stepNo", "OUT_OF_RANGE", 1, steps.size())));
        }
        List<SubStep> marked = new ArrayList<>(steps);
        marked.set(stepNo - 1, steps.get(stepNo - 1).marked(done));
        steps = List.copyOf(marked);
        progressAt = now;
    }

    /** When this milestone should be (or should have been) finished, judged from what happened so far. */
    Instant plannedEnd(Instant plannedStart) {
        return plannedStart.plus(Duration.ofDays(plannedDays)).plusSeconds(heldSeconds);
    }

    /**
     * The order was held from {@code since} until {@code now}: the part of that time this milestone was running (or
     * waiting for review) is added to its clock, so its planned end and its review deadline move by exactly that.
     */
    void resumed(Instant since, Instant now) {
        Instant ran = status == MilestoneStatus.DELIVERED ? deliveredAt : startedAt;
        if (ran == null || (status != MilestoneStatus.IN_PROGRESS && status != MilestoneStatus.DELIVERED)) {
            return;
        }
        Duration held = Duration.between(ran.isAfter(since) ? ran : since, now);
        if (!held.isNegative() && !held.isZero()) {
            heldSeconds += held.getSeconds();
            if (status == MilestoneStatus.DELIVERED && reviewDueAt != null) {
                reviewDueAt = reviewDueAt.plus(held);
            }
        }
        dueAt = due();
    }

    public boolean isOpen() {
        return status != MilestoneStatus.ACCEPTED && status != MilestoneStatus.CANCELLED;
    }

    public Long id() {
        return id;
    }

    public Order order() {
        return order;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The name in the reader's language when the package gave one, else as placed. */
    public String name(boolean german) {
        MilestoneTexts.Words words = words(german);
        return words == null ? name : words.name();
    }

    public String description(boolean german) {
        MilestoneTexts.Words words = words(german);
        return words == null ? description : words.description();
    }

    /** A sub-step's label in the reader's language when the package gave one, else as placed. */
    public String stepLabel(SubStep step, boolean german) {
        MilestoneTexts.Words words = words(german);
        return words == null || step.stepNo() > words.steps().size() ? step.label() : words.steps().get(step.stepNo() - 1);
    }

    private MilestoneTexts.Words words(boolean german) {
        return texts == null ? null : texts.in(german);
    }

    public ActingParty actingParty() {
        return actingParty;
    }

    public int plannedDays() {
        return plannedDays;
    }

    public int sharePercent() {
        return sharePercent;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public int includedRevisions() {
        return includedRevisions;
    }

    public int revisionsUsed() {
        return revisionsUsed;
    }

    public int revisionsLeft() {
        return includedRevisions - revisionsUsed;
    }

    public MilestoneStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant reviewDueAt() {
        return reviewDueAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public boolean autoAccepted() {
        return autoAccepted;
    }

    /** How long the order was on hold while this milestone ran; its dates moved by it. */
    public long heldSeconds() {
        return heldSeconds;
    }

    /** What the acting party wrote with the delivery, if anything. */
    public String deliveryNote() {
        return deliveryNote;
    }

    /** Where the delivery can be seen (a staging site), if given. */
    public String deliveryLink() {
        return deliveryLink;
    }

    public List<SubStep> steps() {
        return steps;
    }

    /** When this milestone is due while it runs or waits for review (null otherwise, and while the order is held). */
    public Instant dueAt() {
        return dueAt;
    }

    /** When something last happened on this milestone (null: nothing yet). */
    public Instant progressAt() {
        return progressAt;
    }
}
