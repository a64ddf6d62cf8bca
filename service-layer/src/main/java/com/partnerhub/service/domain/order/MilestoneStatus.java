package com.partnerhub.service.domain.order;

/**
 * planned → awaiting payment → in progress → delivered → accepted; delivered → (revision requested) → in
 * progress while revisions remain; cancelled when the customer ends the order early.
 */
public enum MilestoneStatus {
    PLANNED,
    AWAITING_PAYMENT,
    IN_PROGRESS,
    DELIVERED,
    ACCEPTED,
    CANCELLED
}
