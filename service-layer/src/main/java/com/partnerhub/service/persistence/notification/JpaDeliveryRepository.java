package com.partnerhub.service.persistence.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import com.partnerhub.service.domain.notification.Delivery;
import com.partnerhub.service.domain.notification.DeliveryChannel;
import com.partnerhub.service.domain.notification.DeliveryRepository;
import com.partnerhub.service.domain.notification.DeliveryStatus;
import com.partnerhub.service.domain.notification.WebhookEndpoint;

@ApplicationScoped
public class JpaDeliveryRepository implements DeliveryRepository {

    private static final String CLAIM_DUE = "select id from delivery where status = 'PENDING' and next_attempt_at <= ? "
            + "order by next_attempt_at, id fetch first ? rows only for update skip locked";
    private static final String CLAIM_EXPIRED = "select id from delivery where status = 'SENDING' and lease_until < ? "
            + "order by id fetch first ? rows only for update skip locked";

    private EntityManager em;

    protected JpaDeliveryRepository() {
    }

    @Inject
    public JpaDeliveryRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Delivery add(Delivery delivery) {
        em.persist(delivery);
        return delivery;
    }

    @Override
    public Optional<Delivery> find(long id) {
        return Optional.ofNullable(em.find(Delivery.class, id));
    }

    @Override
    public List<Delivery> claimDue(Instant now, int limit) {
        return claimed(CLAIM_DUE, now, limit);
    }

    @Override
    public List<Delivery> claimExpiredLeases(Instant now, int limit) {
        return claimed(CLAIM_EXPIRED, now, limit);
    }

    private List<Delivery> claimed(String sql, Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(sql).setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Delivery d where d.id in :ids order by d.id", Delivery.class)
                .setParameter("ids", ids.stream().map(id -> ((Number) id).longValue()).toList()).getResultList();
    }

    @Override
    public Optional<Delivery> latestEmailOfThread(String address, String threadKey) {
        return em.createQuery("select d from Delivery d where d.recipient = :r and d.threadKey = :t "
                        + "and d.channel = com.partnerhub.service.domain.notification.DeliveryChannel.EMAIL order by d.id desc",
                        Delivery.class)
                .setParameter("r", address).setParameter("t", threadKey).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Delivery> page(DeliveryStatus status, DeliveryChannel channel, Long endpointId, long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("select d from Delivery d where d.id < :before");
        if (status != null) {
            jpql.append(" and d.status = :status");
        }
        if (channel != null) {
            jpql.append(" and d.channel = :channel");
        }
        if (endpointId != null) {
            jpql.append(" and d.endpointId = :endpoint");
        }
        TypedQuery<Delivery> q = em.createQuery(jpql.append(" order by d.id desc").toString(), Delivery.class)
                .setParameter("before", beforeId > 0 ? beforeId : Long.MAX_VALUE).setMaxResults(limit);
        if (status != null) {
            q.setParameter("status", status);
        }
        if (channel != null) {
            q.setParameter("channel", channel);
        }
        if (endpointId != null) {
            q.setParameter("endpoint", endpointId);
        }
        return q.getResultList();
    }

    @Override
    public long count(DeliveryStatus status) {
        return em.createQuery("select count(d) from Delivery d where d.status = :s", Long.class).setParameter("s", status)
                .getSingleResult();
    }

    @Override
    public WebhookEndpoint addEndpoint(WebhookEndpoint endpoint) {
        em.persist(endpoint);
        return endpoint;
    }

    @Override
    public Optional<WebhookEndpoint> findEndpoint(long id) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, id));
    }

    @Override
    public List<WebhookEndpoint> endpointsHearing(Long agencyId) {
        if (agencyId == null) {
            return em.createQuery("select e from WebhookEndpoint e where e.active = true and e.agencyId is null order by e.id",
                    WebhookEndpoint.class).getResultList();
        }
        return em.createQuery("select e from WebhookEndpoint e where e.active = true and (e.agencyId is null or e.agencyId = :a) "
                + "order by e.id", WebhookEndpoint.class).setParameter("a", agencyId).getResultList();
    }

    @Override
    public List<WebhookEndpoint> endpointsOf(Long agencyId) {
        if (agencyId == null) {
            return em.createQuery("select e from WebhookEndpoint e where e.agencyId is null order by e.id desc",
                    WebhookEndpoint.class).getResultList();
        }
        return em.createQuery("select e from WebhookEndpoint e where e.agencyId = :a order by e.id desc", WebhookEndpoint.class)
                .setParameter("a", agencyId).getResultList();
    }
}
