package com.partnerhub.api.order;

/** A private note of the agency (required, up to 4,000 characters). */
public class NoteRequest {
    public String body;
}
