package com.partnerhub.service.persistence.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import com.partnerhub.service.domain.order.Milestone;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderRepository;
import com.partnerhub.service.persistence.DocumentNumbers;
import com.partnerhub.service.persistence.SitePairs;

@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    // JPQL has no SKIP LOCKED. Only a delivered milestone has a review deadline (accepting, a revision request and
    // cancelling clear it), so the review_due_at index finds the due ones however many orders there are.
    private static final String CLAIM_DUE_REVIEW = "select m.id from order_milestone m where m.status = 'DELIVERED' "
            + "and m.review_due_at <= ? and exists (select 1 from customer_order o where o.id = m.order_id and o.status = 'ACTIVE' "
            + "and o.on_hold_since is null) "
            + "order by m.review_due_at, m.id fetch first 1 rows only for update skip locked";

    private static final String CLAIM_DUE_REMINDER = "select m.id from order_milestone m where m.status = 'DELIVERED' "
            + "and m.review_due_at > ? and ((m.review_due_at <= ? and m.reminders_sent < 1) or (m.review_due_at <= ? and m.reminders_sent < 2)) "
            + "and exists (select 1 from customer_order o where o.id = m.order_id and o.status = 'ACTIVE' and o.on_hold_since is null) "
            + "order by m.review_due_at, m.id fetch first 1 rows only for update skip locked";

    private static final String CLAIM_DOCUMENT_DEADLINE = "select o.id from customer_order o where o.status = 'ACTIVE' "
            + "and o.documents_received_at is null and o.documents_due_at <= ? and o.on_hold_since is null "
            + "order by o.documents_due_at, o.id fetch first 1 rows only for update skip locked";

    private static final String CLAIM_DOCUMENT_REMINDER = "select o.id from customer_order o where o.status = 'ACTIVE' "
            + "and o.documents_received_at is null and o.documents_due_at > ? and o.documents_due_at <= ? "
            + "and not o.documents_reminded order by o.documents_due_at, o.id fetch first 1 rows only for update skip locked";

    private EntityManager em;

    protected JpaOrderRepository() {
    }

    @Inject
    public JpaOrderRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public String nextNumber() {
        return DocumentNumbers.next(em, "order_number_seq", "PH");
    }

    @Override
    public Order add(Order order) {
        em.persist(order);
        return order;
    }

    @Override
    public Optional<Order> find(long id) {
        // with its milestones in the same statement (its answers are a column of its row): every use of an order walks
        // them (orders.xml)
        return em.createNamedQuery("PlacedOrder.withMilestones", Order.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Milestone> claimDueReview(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(CLAIM_DUE_REVIEW).setParameter(1, now.atOffset(java.time.ZoneOffset.UTC))
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Milestone.class, ((Number) ids.get(0)).longValue()));
    }

    @Override
    public Optional<Milestone> claimDueReminder(Instant now) {
        java.time.OffsetDateTime at = now.atOffset(java.time.ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(CLAIM_DUE_REMINDER).setParameter(1, at).setParameter(2, at.plusDays(2))
                .setParameter(3, at.plusDays(1)).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Milestone.class, ((Number) ids.get(0)).longValue()));
    }

    @Override
    public Optional<Order> claimDocumentDeadline(Instant now) {
        return claimOrder(em.createNativeQuery(CLAIM_DOCUMENT_DEADLINE).setParameter(1, now.atOffset(java.time.ZoneOffset.UTC)));
    }

    @Override
    public Optional<Order> claimDocumentReminder(Instant now) {
        java.time.OffsetDateTime at = now.atOffset(java.time.ZoneOffset.UTC);
        return claimOrder(em.createNativeQuery(CLAIM_DOCUMENT_REMINDER).setParameter(1, at)
                .setParameter(2, at.plus(Order.DOCUMENTS_REMINDER_LEAD)));
    }

    private Optional<Order> claimOrder(jakarta.persistence.Query claim) {
        @SuppressWarnings("unchecked")
        List<Object> ids = claim.getResultList();
        return ids.isEmpty() ? Optional.empty() : find(((Number) ids.get(0)).longValue());
    }

    @Override
    public List<Order> activeOnSite(long siteId) {
        return em.createQuery("select o from PlacedOrder o where o.siteId = :s and o.status = "
                + "com.partnerhub.service.domain.order.OrderStatus.ACTIVE order by o.id", Order.class)
                .setParameter("s", siteId).getResultList();
    }

    @Override
    public List<Order> ofAgency(long agencyId, Filter filter, long beforeId, int limit) {
        return query("o.agencyId = :scope", agencyId, AGENCY_LATE, NO_SITES, filter, beforeId, limit);
    }

    @Override
    public List<Order> ofAccounts(Collection<Long> accountIds, Filter filter, long beforeId, int limit) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return query("o.accountId in :scope", accountIds, ANY_LATE, NO_SITES, filter, beforeId, limit);
    }

    @Override
    public List<Order> ofAccounts(Collection<Long> accountIds, Map<Long, Long> accountOfSite, Filter filter, long beforeId,
                                  int limit) {
        if (accountOfSite.isEmpty()) {
            return ofAccounts(accountIds, filter, beforeId, limit);
        }
        SitePairs pairs = SitePairs.of("o.siteId", "o.accountId", accountOfSite);
        // an empty IN list is not valid SQL everywhere; -1 matches no account
        return query("(o.accountId in :scope" + pairs.clause() + ")", accountIds.isEmpty() ? List.of(-1L) : accountIds,
                ANY_LATE, pairs, filter, beforeId, limit);
    }

    @Override
    public boolean existsBetween(long agencyId, long accountId) {
        return !em.createQuery("select o.id from PlacedOrder o where o.agencyId = :g and o.accountId = :a", Long.class)
                .setParameter("g", agencyId).setParameter("a", accountId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Order> all(Filter filter, long beforeId, int limit) {
        return query(null, null, ANY_LATE, NO_SITES, filter, beforeId, limit);
    }

    /**
     * Newest first by id, so with the scope and status fixed the database walks one index range
     * (customer_order_dashboard_ix) backwards and stops after {@code limit} rows. Milestones of the page are
     * loaded in one more query, not one per order.
     */
    private List<Order> query(String scopeClause, Object scope, String lateClause, SitePairs pairs, Filter filter, long beforeId,
                              int limit) {
        StringBuilder jpql = new StringBuilder("select o from PlacedOrder o where 1 = 1");
        if (scopeClause != null) {
            jpql.append(" and ").append(scopeClause);
        }
        if (filter.status() != null) {
            jpql.append(" and o.status = :status");
        }
        if (filter.accountId() != null) {
            jpql.append(" and o.accountId = :account");
        }
        if (filter.overdueAt() != null) {
            // only the running milestone has a due date (none while the order is held)
            jpql.append(" and o.status = com.partnerhub.service.domain.order.OrderStatus.ACTIVE and o.onHoldSince is null and ")
                    .append(lateClause);
        }
        if (beforeId > 0) {
            jpql.append(" and o.id < :before");
        }
        jpql.append(" order by o.id desc");
        TypedQuery<Order> q = em.createQuery(jpql.toString(), Order.class)
                .setHint("eclipselink.batch", "o.milestones")
                .setHint("eclipselink.batch.type", "IN")
                .setMaxResults(limit);
        if (scopeClause != null) {
            q.setParameter("scope", scope);
        }
        pairs.bind(q);
        if (filter.status() != null) {
            q.setParameter("status", filter.status());
        }
        if (filter.accountId() != null) {
            q.setParameter("account", filter.accountId());
        }
        if (filter.overdueAt() != null) {
            q.setParameter("now", filter.overdueAt());
        }
        if (beforeId > 0) {
            q.setParameter("before", beforeId);
        }
        return q.getResultList();
    }

    private static final SitePairs NO_SITES = SitePairs.of("o.siteId", "o.accountId", Map.of());
    /** An order whose running milestone is late. */
    private static final String ANY_LATE = "exists (select m.id from Milestone m where m.order = o and m.dueAt < :now)";
    /**
     * The same for an agency's orders, from its late milestones (order_milestone_agency_due_ix): when few are late,
     * walking the agency's active orders newest first would read all of them before finding a page.
     */
    private static final String AGENCY_LATE = "o.id in (select m.order.id from Milestone m where m.agencyId = :scope and m.dueAt < :now)";

    /** The dashboard's SQL as the benchmark explains it. */
    public static final String DASHBOARD_SQL = "select * from customer_order where agency_id = ? and status = 'ACTIVE' "
            + "and id < ? order by id desc fetch first 51 rows only";

    /** The overdue filter's SQL as the benchmark explains it (agency, before id, agency, now). */
    public static final String OVERDUE_SQL = "select * from customer_order o where o.agency_id = ? and o.id < ? "
            + "and o.status = 'ACTIVE' and o.on_hold_since is null and o.id in (select m.order_id from order_milestone m "
            + "where m.agency_id = ? and m.due_at < ?) order by o.id desc fetch first 51 rows only";

}
