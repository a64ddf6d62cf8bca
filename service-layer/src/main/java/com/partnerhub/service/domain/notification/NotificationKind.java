package com.partnerhub.service.domain.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The events people are told of: which recorded changes (subject and history action) raise each, who is told
 * (by role), the webhook event type, and whether the e-mail can be switched off. Security-relevant mails (an
 * invitation or a site offered to someone) cannot.
 */
public enum NotificationKind {
    ORDER_PLACED("ORDER", List.of("ORDER_PLACED"), "order.placed", false, Audience.AGENCY, Audience.CUSTOMER),
    INVOICE_ISSUED("ORDER", List.of("INVOICE_ISSUED"), "invoice.issued", false, Audience.INVOICE_READERS),
    CREDIT_NOTE_ISSUED("ORDER", List.of("CREDIT_NOTE_ISSUED"), "invoice.credited", false, Audience.AGENCY,
            Audience.INVOICE_READERS),
    PAYMENT_RECEIVED("ORDER", List.of("PAYMENT_RECEIVED"), "payment.received", false, Audience.AGENCY,
            Audience.INVOICE_READERS),
    MILESTONE_DELIVERED("ORDER", List.of("MILESTONE_DELIVERED"), "milestone.delivered", false, Audience.CUSTOMER),
    REVISION_REQUESTED("ORDER", List.of("REVISION_REQUESTED"), "milestone.revision_requested", false, Audience.AGENCY,
            Audience.PROVIDER_STAFF),
    MILESTONE_ACCEPTED("ORDER", List.of("MILESTONE_ACCEPTED"), "milestone.accepted", false, Audience.AGENCY,
            Audience.PROVIDER_STAFF),
    MILESTONE_AUTO_ACCEPTED("ORDER", List.of("MILESTONE_AUTO_ACCEPTED"), "milestone.auto_accepted", false, Audience.AGENCY,
            Audience.CUSTOMER, Audience.PROVIDER_STAFF),
    REVIEW_REMINDER("ORDER", List.of("REVIEW_REMINDER"), "milestone.review_reminder", false, Audience.CUSTOMER),
    ORDER_ENDED("ORDER", List.of("ORDER_ENDED"), "order.ended", false, Audience.AGENCY, Audience.CUSTOMER),
    ORDER_COMPLETED("ORDER", List.of("ORDER_COMPLETED"), "order.completed", false, Audience.AGENCY, Audience.CUSTOMER),
    BRIEF_REVISED("ORDER", List.of("BRIEF_REVISED"), "order.brief_revised", false, Audience.AGENCY, Audience.CUSTOMER),
    DOCUMENT_UPLOADED("ORDER", List.of("DOCUMENT_UPLOADED"), "order.document_uploaded", false, Audience.AGENCY,
            Audience.CUSTOMER),
    DOCUMENTS_DUE("ORDER", List.of("DOCUMENTS_REMINDER"), "order.documents_due", false, Audience.CUSTOMER),
    ORDER_HELD("ORDER", List.of("ORDER_HELD"), "order.held", false, Audience.AGENCY, Audience.CUSTOMER),
    ORDER_RESUMED("ORDER", List.of("ORDER_RESUMED"), "order.resumed", false, Audience.AGENCY, Audience.CUSTOMER),
    MESSAGE_POSTED("CONVERSATION", List.of("CONVERSATION_STARTED", "MESSAGE_POSTED"), "message.posted", false,
            Audience.AGENCY, Audience.CONTACTS),
    INVITATION_RECEIVED("INVITATION", List.of("INVITATION_SENT"), "invitation.received", true, Audience.INVITEE),
    INVITATION_ACCEPTED("INVITATION", List.of("INVITATION_ACCEPTED"), "invitation.accepted", false,
            Audience.COLLABORATOR_MANAGERS),
    INVITATION_DECLINED("INVITATION", List.of("INVITATION_DECLINED"), "invitation.declined", false,
            Audience.COLLABORATOR_MANAGERS),
    INVITATION_REVOKED("INVITATION", List.of("INVITATION_REVOKED"), "invitation.revoked", false, Audience.INVITEE),
    INVITATION_EXPIRING("INVITATION", List.of("INVITATION_EXPIRING"), "invitation.expiring", false, Audience.INVITEE),
    COLLABORATOR_CHANGED("ACCOUNT", List.of("PERMISSIONS_CHANGED"), "collaborator.changed", false, Audience.MEMBER),
    COLLABORATOR_REMOVED("ACCOUNT", List.of("MEMBER_REMOVED"), "collaborator.removed", false, Audience.MEMBER),
    TRANSFER_OFFERED("TRANSFER", List.of("TRANSFER_STARTED"), "transfer.offered", true, Audience.TRANSFER_RECIPIENT),
    TRANSFER_ACCEPTED("TRANSFER", List.of("TRANSFER_ACCEPTED"), "transfer.accepted", false, Audience.AGENCY),
    TRANSFER_DECLINED("TRANSFER", List.of("TRANSFER_DECLINED"), "transfer.declined", false, Audience.AGENCY),
    TRANSFER_CANCELLED("TRANSFER", List.of("TRANSFER_CANCELLED"), "transfer.cancelled", false, Audience.TRANSFER_RECIPIENT),
    TRANSFER_EXPIRING("TRANSFER", List.of("TRANSFER_EXPIRING"), "transfer.expiring", false, Audience.TRANSFER_RECIPIENT),
    SITE_HANDED_OVER("TRANSFER", List.of("SITE_HANDED_OVER"), "site.handed_over", false, Audience.AGENCY, Audience.CUSTOMER),
    TRANSFER_UNDONE("TRANSFER", List.of("TRANSFER_UNDONE"), "transfer.undone", false, Audience.AGENCY),
    ACCESS_APPROVAL_REQUESTED("ACCOUNT", List.of("ACCESS_REQUESTED"), "collaborator.approval_requested", false,
            Audience.ACCOUNT_OWNER),
    ACCESS_REQUEST_DECIDED("ACCOUNT", List.of("ACCESS_APPROVED", "ACCESS_DECLINED"), "collaborator.approval_decided", false,
            Audience.MEMBER),
    ACCESS_ENDED("ACCOUNT", List.of("ACCESS_ENDED"), "collaborator.access_ended", false, Audience.MEMBER, Audience.ACCOUNT_OWNER);

    private static final Map<String, NotificationKind> BY_ACTION = Arrays.stream(values())
            .flatMap(k -> k.actions.stream().map(a -> Map.entry(k.subjectType + " " + a, k)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    private static final Map<String, NotificationKind> BY_EVENT_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(k -> k.eventType, Function.identity()));

    private final String subjectType;
    private final List<String> actions;
    private final String eventType;
    private final boolean mandatoryMail;
    private final Set<Audience> audiences;

    NotificationKind(String subjectType, List<String> actions, String eventType, boolean mandatoryMail, Audience... audiences) {
        this.subjectType = subjectType;
        this.actions = actions;
        this.eventType = eventType;
        this.mandatoryMail = mandatoryMail;
        this.audiences = Set.of(audiences);
    }

    /**
     * What a step of an order brought about besides itself, told as kinds of their own: the invoice that placing the
     * order or accepting a milestone issued, the completion of the order by its last acceptance. The step's history
     * entry carries them as these facts (keys of its after-state), so the step writes one entry, not one per outcome.
     */
    public static final String INVOICE_ISSUED_FACT = "invoiceIssued";
    public static final String ORDER_COMPLETED_FACT = "orderCompleted";
    private static final Map<String, NotificationKind> BY_FACT = Map.of(
            "ORDER " + INVOICE_ISSUED_FACT, INVOICE_ISSUED, "ORDER " + ORDER_COMPLETED_FACT, ORDER_COMPLETED);

    /**
     * The kinds a recorded change raises, in order: the change's own (if people are told of it), then those of what it
     * brought about ({@code facts}: the keys of its after-state). Empty when nobody is told.
     */
    public static List<NotificationKind> of(String subjectType, String action, Set<String> facts) {
        List<NotificationKind> kinds = new java.util.ArrayList<>(2);
        NotificationKind own = BY_ACTION.get(subjectType + " " + action);
        if (own != null) {
            kinds.add(own);
        }
        for (String fact : List.of(INVOICE_ISSUED_FACT, ORDER_COMPLETED_FACT)) {
            NotificationKind more = facts.contains(fact) ? BY_FACT.get(subjectType + " " + fact) : null;
            if (more != null && !kinds.contains(more)) {
                kinds.add(more);
            }
        }
        return kinds;
    }

    /**
     * The {@code webhook-id} of this kind of an event, the same on every attempt and replay: {@code msg_<event id>}, and
     * {@code msg_<event id>_<type>} for what a step brought about besides itself (one event, several kinds).
     */
    public String webhookId(long eventId) {
        return BY_FACT.containsValue(this) ? "msg_" + eventId + "_" + eventType : "msg_" + eventId;
    }

    public static Optional<NotificationKind> ofEventType(String eventType) {
        return Optional.ofNullable(BY_EVENT_TYPE.get(eventType));
    }

    public String subjectType() {
        return subjectType;
    }

    /** The type name webhooks carry, e.g. {@code milestone.delivered}. */
    public String eventType() {
        return eventType;
    }

    /** Whether the e-mail is sent whatever the person chose (it carries an offer only they can answer). */
    public boolean mandatoryMail() {
        return mandatoryMail;
    }

    public Set<Audience> audiences() {
        return audiences;
    }

    /** A person's choice for this kind, made to fit: the e-mail of a mandatory kind stays on. */
    public ChannelChoice allowed(ChannelChoice chosen) {
        return mandatoryMail && !chosen.email() ? ChannelChoice.BOTH : chosen;
    }
}
