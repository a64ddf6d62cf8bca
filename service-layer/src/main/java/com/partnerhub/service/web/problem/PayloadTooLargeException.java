package com.partnerhub.service.web.problem;

/** A request body longer than the configured limit; thrown while reading, before anything is changed. */
public class PayloadTooLargeException extends RuntimeException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("request body over " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
