package com.partnerhub.service.domain.order;

import java.time.Instant;
import java.util.List;

/** An agency's customers as its orders show them (a read model: one query per page). */
public interface ContactRepository {

    /** One customer account with what the agency's orders for it add up to. */
    record Contact(long accountId, String accountName, long orders, long completedOrders, long billedMinor, String currency,
                   Instant lastOrderAt, long lastOrderId, Long conversationId) {
    }

    enum Sort {
        NAME, ORDERS, COMPLETED, BILLED, LAST_ORDER
    }

    /** A page of the agency's contacts whose name contains {@code search} (null: all), sorted, from {@code offset}. */
    List<Contact> ofAgency(long agencyId, String search, Sort sort, boolean descending, int offset, int limit);
}
