package com.partnerhub.service.persistence.order;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.order.OrderDocument;
import com.partnerhub.service.domain.order.OrderDocumentRepository;

@ApplicationScoped
public class JpaOrderDocumentRepository implements OrderDocumentRepository {

    private EntityManager em;

    protected JpaOrderDocumentRepository() {
    }

    @Inject
    public JpaOrderDocumentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public OrderDocument add(OrderDocument document) {
        em.persist(document);
        return document;
    }

    @Override
    public Optional<OrderDocument> find(long id) {
        return Optional.ofNullable(em.find(OrderDocument.class, id));
    }

    @Override
    public List<OrderDocument> ofOrder(long orderId) {
        return em.createQuery("select d from OrderDocument d where d.orderId = :o order by d.id", OrderDocument.class)
                .setParameter("o", orderId).setMaxResults(1000).getResultList();
    }

    @Override
    public java.util.Set<String> questionKeys(long orderId) {
        return java.util.Set.copyOf(em.createQuery("select distinct d.questionKey from OrderDocument d where d.orderId = :o "
                + "and d.questionKey is not null", String.class).setParameter("o", orderId).getResultList());
    }

    @Override
    public boolean existsWithStorageKey(String storageKey) {
        return !em.createQuery("select d.id from OrderDocument d where d.storageKey = :k", Long.class)
                .setParameter("k", storageKey).setMaxResults(1).getResultList().isEmpty();
    }
}
