package com.partnerhub.service.application.notification;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import com.partnerhub.service.application.shared.JsonSupport;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.agency.AgencyRepository;
import com.partnerhub.service.domain.catalogue.ActingParty;
import com.partnerhub.service.domain.conversation.Conversation;
import com.partnerhub.service.domain.conversation.ConversationRepository;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.identity.UserRepository;
import com.partnerhub.service.domain.invitation.Invitation;
import com.partnerhub.service.domain.invitation.InvitationRepository;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.invoice.InvoiceRepository;
import com.partnerhub.service.domain.notification.Audience;
import com.partnerhub.service.domain.notification.NotificationKind;
import com.partnerhub.service.domain.order.Milestone;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderRepository;
import com.partnerhub.service.domain.site.SiteRepository;
import com.partnerhub.service.domain.site.SiteTransfer;

/** Reads what an event is about from its subject, once per event, when it is fanned out (not in the business transaction). */
@ApplicationScoped
public class EventFactsReader {

    private OrderRepository orders;
    private InvoiceRepository invoices;
    private ConversationRepository conversations;
    private InvitationRepository invitations;
    private SiteRepository sites;
    private AccountRepository accounts;
    private AgencyRepository agencies;
    private UserRepository users;

    protected EventFactsReader() {
    }

    @Inject
    public EventFactsReader(OrderRepository orders, InvoiceRepository invoices, ConversationRepository conversations,
                            InvitationRepository invitations, SiteRepository sites, AccountRepository accounts,
                            AgencyRepository agencies, UserRepository users) {
        this.orders = orders;
        this.invoices = invoices;
        this.conversations = conversations;
        this.invitations = invitations;
        this.sites = sites;
        this.accounts = accounts;
        this.agencies = agencies;
        this.users = users;
    }

    /** The facts of an event, or empty when its subject no longer exists. */
    public Optional<EventFacts> read(HistoryEntry event, NotificationKind kind) {
        JsonObject state = parse(event.afterState());
        // an invoice told from the step that issued it: the invoice's own facts
        JsonObject after = kind == NotificationKind.INVOICE_ISSUED
                && state.get(NotificationKind.INVOICE_ISSUED_FACT) instanceof JsonObject issued ? issued : state;
        Map<String, String> facts = new HashMap<>();
        if (event.actorId() != null) {
            users.find(event.actorId()).ifPresent(u -> facts.put("actor", u.displayName()));
        }
        return switch (kind.subjectType()) {
            case "ORDER" -> orders.find(event.subjectId()).map(order -> ofOrder(event, kind, order, after, facts));
            case "CONVERSATION" -> conversations.find(event.subjectId()).map(c -> ofThread(event, kind, c, after, facts));
            case "INVITATION" -> invitations.find(event.subjectId()).map(i -> ofInvitation(event, kind, i, facts));
            case "TRANSFER" -> sites.findTransfer(event.subjectId()).map(t -> ofTransfer(event, kind, t, facts));
            case "ACCOUNT" -> accounts.find(event.subjectId()).map(a -> ofAccount(event, kind, a.name(), facts));
            default -> Optional.empty();
        };
    }

    /** The facts an event's after-state names (its keys): what the change brought about besides itself. */
    static java.util.Set<String> facts(HistoryEntry event) {
        return parse(event.afterState()).keySet();
    }

    private EventFacts ofOrder(HistoryEntry event, NotificationKind kind, Order order, JsonObject after, Map<String, String> facts) {
        facts.put("orderNumber", order.number());
        facts.put("orderTitle", order.title());
        facts.put("amountMinor", Long.toString(order.priceMinor()));
        facts.put("currency", order.currency());
        agencies.find(order.agencyId()).ifPresent(a -> facts.put("agency", a.name()));
        accounts.find(order.accountId()).ifPresent(a -> facts.put("account", a.name()));
        Optional<Invoice> invoice = text(after, "invoice").flatMap(invoices::findByNumber);
        Optional<Milestone> milestone = invoice.isPresent()
                ? order.milestones().stream().filter(m -> m.id() == invoice.get().milestoneId()).findFirst()
                : number(after, "milestone").flatMap(p -> order.milestones().stream().filter(m -> m.position() == p).findFirst());
        invoice.ifPresent(i -> {
            facts.put("invoice", i.number());
            facts.put("amountMinor", Long.toString(i.amountMinor()));
            facts.put("currency", i.currency());
            if (i.dueAt() != null) {
                facts.put("date", i.dueAt().toString());
            }
        });
        milestone.ifPresent(m -> {
            facts.put("milestone", m.name());
            // each recipient reads a package's milestone in their own language (TemplateComposer picks it)
            facts.put("milestone.de", m.name(true));
            facts.put("milestone.en", m.name(false));
            facts.put("milestonePosition", Integer.toString(m.position()));
            if (m.reviewDueAt() != null && kind != NotificationKind.INVOICE_ISSUED) {
                facts.put("date", m.reviewDueAt().toString());
            }
        });
        text(after, "creditNote").ifPresent(c -> facts.put("creditNote", c));
        text(after, "reviewDueAt").ifPresent(d -> facts.put("date", d));
        text(after, "documentsDueAt").ifPresent(d -> facts.put("date", d));
        text(after, "fileName").ifPresent(f -> facts.put("document", f));
        number(after, "daysLeft").ifPresent(d -> facts.put("daysLeft", Integer.toString(d)));
        boolean providerWork = milestone.map(m -> m.actingParty() == ActingParty.PROVIDER).orElse(false);
        return new EventFacts(event, kind, order.agencyId(), order.accountId(), order.id(), null, null, providerWork,
                null, "?view=order&order=" + order.id(), null, facts, order.siteId());
    }

    private EventFacts ofThread(HistoryEntry event, NotificationKind kind, Conversation c, JsonObject after,
                                Map<String, String> facts) {
        facts.put("thread", c.subject());
        text(after, "excerpt").ifPresent(x -> facts.put("excerpt", x));
        agencies.find(c.agencyId()).ifPresent(a -> facts.put("agency", a.name()));
        accounts.find(c.accountId()).ifPresent(a -> facts.put("account", a.name()));
        String link = c.orderId() != null ? "?view=order&order=" + c.orderId() : "?view=dashboard";
        Long siteId = c.orderId() == null ? null : orders.find(c.orderId()).map(Order::siteId).orElse(null);
        return new EventFacts(event, kind, c.agencyId(), c.accountId(), c.orderId(), null, null, false,
                "conversation-" + c.id(), link, null, facts, siteId);
    }

    private EventFacts ofInvitation(HistoryEntry event, NotificationKind kind, Invitation i, Map<String, String> facts) {
        accounts.find(i.accountId()).ifPresent(a -> facts.put("account", a.name()));
        facts.put("email", i.email());
        facts.put("date", i.expiresAt().toString());
        users.find(i.invitedBy()).ifPresent(u -> facts.putIfAbsent("actor", u.displayName()));
        String link = kind.audiences().contains(Audience.INVITEE)
                ? "?view=inbox" : "?view=accounts";
        return new EventFacts(event, kind, null, i.accountId(), null, i.email(), i.invitedBy(), false, null, link, null, facts, null);
    }

    private EventFacts ofTransfer(HistoryEntry event, NotificationKind kind, SiteTransfer t, Map<String, String> facts) {
        sites.find(t.siteId()).ifPresent(s -> facts.put("site", s.name()));
        agencies.find(t.agencyId()).ifPresent(a -> facts.put("agency", a.name()));
        facts.put("email", t.recipientEmail());
        // an offer runs until it expires; a site that changed hands can be handed back until the undo window closes
        facts.put("date", (t.undoUntil() != null ? t.undoUntil() : t.expiresAt()).toString());
        String link = kind.audiences().contains(Audience.TRANSFER_RECIPIENT)
                ? "?view=inbox" : "?view=sites";
        return new EventFacts(event, kind, t.agencyId(), t.targetAccountId(), null, t.recipientEmail(), null, false, null,
                link, null, facts, t.siteId());
    }

    /** A collaborator's access changed: the member is named in the change's state (after it, or before a removal). */
    private EventFacts ofAccount(HistoryEntry event, NotificationKind kind, String accountName, Map<String, String> facts) {
        facts.put("account", accountName);
        JsonObject state = event.afterState() != null ? parse(event.afterState()) : parse(event.beforeState());
        Long memberId = number(state, "userId").map(Integer::longValue).orElse(null);
        return new EventFacts(event, kind, null, event.subjectId(), null, null, null, false, null, "?view=accounts", memberId,
                facts, null);
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static Optional<String> text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static Optional<Integer> number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? Optional.of(n.intValue()) : Optional.empty();
    }
}
