package com.partnerhub.api.order;

/** A revision request's reason (required, up to 4,000 characters). */
public class RevisionRequest {
    public String reason;
}
