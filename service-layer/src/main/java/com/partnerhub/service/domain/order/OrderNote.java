package com.partnerhub.service.domain.order;

import java.time.Instant;

import com.partnerhub.service.domain.shared.Validator;

/** A note the agency keeps on an order for itself; never shown to the customer, collaborators or provider staff. */
public class OrderNote {

    public static final int MAX_LENGTH = 4000;

    private Long id;
    private Long orderId;
    private Long authorId;
    private String body;
    private Instant createdAt;

    protected OrderNote() {
    }

    public static OrderNote write(long orderId, long authorId, String body, Instant now) {
        new Validator().required("body", body).maxLength("body", body, MAX_LENGTH).throwIfInvalid();
        OrderNote n = new OrderNote();
        n.orderId = orderId;
        n.authorId = authorId;
        n.body = body.strip();
        n.createdAt = now;
        return n;
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
