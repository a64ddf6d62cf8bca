package com.partnerhub.service.domain.order;

public enum OrderStatus {
    ACTIVE,
    /** All milestones accepted, or ended early by the customer after an accepted milestone. */
    COMPLETED
}
