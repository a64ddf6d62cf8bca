package com.partnerhub.service.domain.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface OrderRepository {

    /** The next human-readable order number of this portal instance. */
    String nextNumber();

    Order add(Order order);

    Optional<Order> find(long id);

    /** The site's orders still under way, oldest first. */
    List<Order> activeOnSite(long siteId);

    /**
     * Claims the delivery of an active order whose review window has passed longest ago, locking its milestone until
     * the transaction ends and skipping milestones another instance holds; empty when none is due.
     */
    Optional<Milestone> claimDueReview(Instant now);

    /** A delivered milestone that is due a review reminder (two days or one day left), claimed like {@link #claimDueReview}. */
    Optional<Milestone> claimDueReminder(Instant now);

    /**
     * An active order still waiting for documents whose deadline passed (and that is not on hold), or that is due the
     * reminder two days before it; claimed with a row lock that skips orders another instance holds.
     */
    Optional<Order> claimDocumentDeadline(Instant now);

    Optional<Order> claimDocumentReminder(Instant now);

    /** Filters of the order lists; null means "any". */
    record Filter(OrderStatus status, Long accountId, Instant overdueAt) {
    }

    /** An agency's orders, newest first, before {@code beforeId} (0 = from the newest), at most {@code limit}. */
    List<Order> ofAgency(long agencyId, Filter filter, long beforeId, int limit);

    /** Orders of these customer accounts, newest first. */
    List<Order> ofAccounts(Collection<Long> accountIds, Filter filter, long beforeId, int limit);

    /** Orders of these accounts, and orders on these sites for their accounts (grants limited to one site), newest first. */
    List<Order> ofAccounts(Collection<Long> accountIds, java.util.Map<Long, Long> accountOfSite, Filter filter, long beforeId, int limit);

    /** Whether the agency has any order with the customer account. */
    boolean existsBetween(long agencyId, long accountId);

    /** Orders of every agency, newest first (provider staff). */
    List<Order> all(Filter filter, long beforeId, int limit);
}
