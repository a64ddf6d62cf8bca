package com.partnerhub.service.domain.invoice;

import java.time.Instant;

/** The first answer to a request with a given Idempotency-Key, kept to answer replays identically. */
public class IdempotencyRecord {

    private String key;
    private String requestHash;
    private int statusCode;
    private String responseBody;
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(String key, String requestHash, int statusCode, String responseBody, Instant createdAt) {
        this.key = key;
        this.requestHash = requestHash;
        this.statusCode = statusCode;
        this.responseBody = responseBody;
        this.createdAt = createdAt;
    }

    public String key() {
        return key;
    }

    public String requestHash() {
        return requestHash;
    }

    public int statusCode() {
        return statusCode;
    }

    public String responseBody() {
        return responseBody;
    }
}
