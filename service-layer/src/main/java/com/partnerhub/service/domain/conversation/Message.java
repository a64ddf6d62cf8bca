package com.partnerhub.service.domain.conversation;

import java.time.Instant;

public class Message {

    private Long id;
    private Long conversationId;
    private Long authorId;
    private String body;
    private Instant sentAt;
    private MessageKind kind;
    private Integer milestone;

    protected Message() {
    }

    Message(long conversationId, long authorId, String body, Instant sentAt) {
        this.conversationId = conversationId;
        this.authorId = authorId;
        this.body = body;
        this.sentAt = sentAt;
    }

    Message(long conversationId, long authorId, String body, Instant sentAt, MessageKind kind, int milestone) {
        this(conversationId, authorId, body, sentAt);
        this.kind = kind;
        this.milestone = milestone;
    }

    public Long id() {
        return id;
    }

    public long conversationId() {
        return conversationId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** What the message is besides words (a delivery's note, a revision request's reason), or null for a plain one. */
    public MessageKind kind() {
        return kind;
    }

    /** The milestone a delivery or revision request concerned, or null. */
    public Integer milestone() {
        return milestone;
    }
}
