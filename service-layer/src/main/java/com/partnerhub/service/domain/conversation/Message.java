package com.partnerhub.service.domain.conversation;

import java.time.Instant;

public class Message {

    private Long id;
    private Long conversationId;
    private Long authorId;
    private String body;
    private Instant sentAt;

    protected Message() {
    }

    Message(long conversationId, long authorId, String body, Instant sentAt) {
        this.conversationId = conversationId;
        this.authorId = authorId;
        this.body = body;
        this.sentAt = sentAt;
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
}
