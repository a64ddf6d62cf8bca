package com.partnerhub.service.application.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.agency.AgencyRepository;
import com.partnerhub.service.domain.conversation.Conversation;
import com.partnerhub.service.domain.conversation.ConversationRepository;
import com.partnerhub.service.domain.conversation.Message;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderRepository;
import com.partnerhub.service.domain.shared.DomainConflict;

/**
 * Conversations between agencies and their customers. Every order gets its thread. An agency may start a
 * conversation with a customer account only when the customer contacted it first or they have an order
 * together (seed 004); customers may always contact an agency.
 */
@ApplicationScoped
@Transactional
public class ConversationService {

    public static final String SUBJECT = "CONVERSATION";

    private ConversationRepository conversations;
    private OrderRepository orders;
    private AccountRepository accounts;
    private AgencyRepository agencies;
    private AccessPolicy access;
    private HistoryRecorder history;
    private Clock clock;

    protected ConversationService() {
    }

    @Inject
    public ConversationService(ConversationRepository conversations, OrderRepository orders, AccountRepository accounts,
                               AgencyRepository agencies, AccessPolicy access, HistoryRecorder history, Clock clock) {
        this.conversations = conversations;
        this.orders = orders;
        this.accounts = accounts;
        this.agencies = agencies;
        this.access = access;
        this.history = history;
        this.clock = clock;
    }

    /** The thread every order is placed with; part of placing it. */
    public Conversation openForOrder(Order order) {
        return conversations.add(Conversation.forOrder(order.agencyId(), order.accountId(), order.id(),
                order.number() + " – " + order.title(), order.placedBy(), clock.instant()));
    }

    public record Started(Conversation conversation, Message first) {
    }

    public Started start(User caller, long agencyId, long accountId, String subject, String body) {
        boolean asAgency = access.worksFor(caller, agencyId);
        boolean asCustomer = access.membership(caller, accountId).isPresent() && !asAgency;
        if (asAgency) {
            // an agency cannot write to customers who never contacted it and have no order with it
            if (!orders.existsBetween(agencyId, accountId) && !conversations.customerContacted(agencyId, accountId)) {
                throw new DomainConflict("NO_CONTACT_YET", "the customer has not contacted the agency and has no order with it");
            }
        } else if (!asCustomer || agencies.find(agencyId).isEmpty()) {
            throw new ResourceNotFound(asCustomer ? "agency" : "account");
        }
        Conversation c = conversations.add(Conversation.start(agencyId, accountId, subject, caller.id(), asCustomer, clock.instant()));
        Message first = conversations.addMessage(c.post(caller.id(), body, clock.instant()));
        history.record(caller.id(), SUBJECT, c.id(), accountId, "CONVERSATION_STARTED", null,
                Map.of("agencyId", agencyId, "byCustomer", asCustomer, "messageId", first.id(), "excerpt", excerpt(first.body())));
        return new Started(c, first);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Conversation> mine(User caller) {
        Set<Long> agencyIds = access.agencyIdsOf(caller);
        // a grant limited to one site reaches the threads of that site's orders from the order page, not the account's list
        List<Long> accountIds = accounts.membershipsOf(caller.id()).stream().filter(m -> m.member().limit().siteId() == null)
                .map(m -> m.account().id()).toList();
        return conversations.involving(agencyIds, accountIds, 200);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Conversation ofOrder(User caller, long orderId) {
        Conversation c = conversations.findByOrder(orderId).orElseThrow(() -> new ResourceNotFound("conversation"));
        requireParticipant(caller, c);
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Message> messages(User caller, long conversationId, long afterId, int limit) {
        Conversation c = conversations.find(conversationId).orElseThrow(() -> new ResourceNotFound("conversation"));
        requireParticipant(caller, c);
        return Page.of(conversations.messages(conversationId, afterId, limit + 1), limit, Message::id);
    }

    public Message post(User caller, long conversationId, String body) {
        Conversation c = conversations.find(conversationId).orElseThrow(() -> new ResourceNotFound("conversation"));
        requireParticipant(caller, c);
        Message m = conversations.addMessage(c.post(caller.id(), body, clock.instant()));
        history.record(caller.id(), SUBJECT, c.id(), c.accountId(), "MESSAGE_POSTED", null,
                Map.of("messageId", m.id(), "excerpt", excerpt(m.body())));
        return m;
    }

    /**
     * A delivery's note or a revision request's reason, written into the order's thread in the name of the one who
     * acted. The order's own history entry is what people are told of, so this raises no notification of its own.
     */
    public void annotate(com.partnerhub.service.domain.order.Order order, long authorId,
                         com.partnerhub.service.domain.conversation.MessageKind kind, int milestone, String body) {
        if (order.conversationId() == null) {
            return; // an order placed before threads existed
        }
        conversations.find(order.conversationId()).ifPresent(c ->
                conversations.addMessage(c.annotate(authorId, kind, milestone, body, clock.instant())));
    }

    /** The start of a message, for notifications; the thread keeps the whole text. */
    static String excerpt(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }

    /** A grant limited to one site reaches the threads of that site's orders only. */
    private boolean reaches(AccountMember m, Conversation c) {
        return m.limit().siteId() == null
                || (c.orderId() != null && orders.find(c.orderId()).map(o -> m.reachesSite(o.siteId())).orElse(false));
    }

    /** The agency, the account's members, and for order threads provider staff (the agency talks to the provider there). */
    private void requireParticipant(User caller, Conversation c) {
        boolean participant = access.worksFor(caller, c.agencyId())
                || access.membership(caller, c.accountId()).filter(m -> reaches(m, c)).isPresent()
                || (c.orderId() != null && access.isStaff(caller));
        if (!participant) {
            throw new ResourceNotFound("conversation");
        }
    }

}
