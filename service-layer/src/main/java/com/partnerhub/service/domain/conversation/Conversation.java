package com.partnerhub.service.domain.conversation;

import java.time.Instant;

import com.partnerhub.service.domain.shared.Validator;

/** A thread between an agency and a customer account, about an order or in general. */
public class Conversation {

    private Long id;
    private Long agencyId;
    private Long accountId;
    private Long orderId;
    private String subject;
    private Long startedBy;
    private boolean startedByCustomer;
    private Instant createdAt;
    private Instant lastMessageAt;
    private long version;

    protected Conversation() {
    }

    public static Conversation forOrder(long agencyId, long accountId, long orderId, String subject, long startedBy, Instant now) {
        Conversation c = start(agencyId, accountId, subject, startedBy, false, now);
        c.orderId = orderId;
        return c;
    }

    public static Conversation start(long agencyId, long accountId, String subject, long startedBy, boolean byCustomer, Instant now) {
        new Validator().required("subject", subject).maxLength("subject", subject, 200).throwIfInvalid();
        Conversation c = new Conversation();
        c.agencyId = agencyId;
        c.accountId = accountId;
        c.subject = subject.trim();
        c.startedBy = startedBy;
        c.startedByCustomer = byCustomer;
        c.createdAt = now;
        c.lastMessageAt = now;
        return c;
    }

    /**
     * A new message. It leaves the conversation itself unchanged, so messages posted at the same time never
     * conflict over its version; the repository moves {@link #lastMessageAt()} forward as it stores the message.
     */
    public Message post(long authorId, String body, Instant now) {
        new Validator().required("body", body).maxLength("body", body, 4000).throwIfInvalid();
        return new Message(id, authorId, body.trim(), now);
    }

    /** A delivery's note or a revision request's reason, said in the order's thread by the one who acted. */
    public Message annotate(long authorId, MessageKind kind, int milestone, String body, Instant now) {
        return new Message(id, authorId, body.strip(), now, kind, milestone);
    }

    public Long id() {
        return id;
    }

    public long agencyId() {
        return agencyId;
    }

    public long accountId() {
        return accountId;
    }

    public Long orderId() {
        return orderId;
    }

    public String subject() {
        return subject;
    }

    public long startedBy() {
        return startedBy;
    }

    public boolean startedByCustomer() {
        return startedByCustomer;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }
}
