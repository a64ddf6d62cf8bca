package com.partnerhub.service.domain.account;

import java.time.Instant;

/**
 * How far a collaborator's grant reaches: to one site of the account ({@code siteId}), until a moment
 * ({@code endsAt}), until an order is completed ({@code untilOrderId}); any of them, or none (unlimited).
 */
public record AccessLimit(Long siteId, Instant endsAt, Long untilOrderId) {

    public static final AccessLimit NONE = new AccessLimit(null, null, null);

    public boolean isNone() {
        return siteId == null && endsAt == null && untilOrderId == null;
    }

    /** Whether this limit lets the grant reach further or last longer than {@code before} in any way. */
    public boolean loosens(AccessLimit before) {
        boolean widerSite = before.siteId() != null && !before.siteId().equals(siteId);
        boolean later = before.endsAt() != null && (endsAt == null || endsAt.isAfter(before.endsAt()));
        boolean otherOrder = before.untilOrderId() != null && !before.untilOrderId().equals(untilOrderId);
        return widerSite || later || otherOrder;
    }

    /** Whether the grant ends by itself (a date or an order). */
    public boolean ends() {
        return endsAt != null || untilOrderId != null;
    }
}
