package com.partnerhub.service.domain.order;

/** The order's decision that a milestone is to be billed now, for this amount. */
public record Billing(Milestone milestone, long amountMinor) {
}
