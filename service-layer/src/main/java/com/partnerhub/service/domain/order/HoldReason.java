package com.partnerhub.service.domain.order;

/** Why an order is on hold; its clocks stop until it resumes. */
public enum HoldReason {
    /** The customer's documents were not there by the document deadline; they resume it by uploading. */
    DOCUMENTS_LATE,
    /** The agency held it (waiting for the customer in another way); the agency resumes it. */
    BY_AGENCY
}
