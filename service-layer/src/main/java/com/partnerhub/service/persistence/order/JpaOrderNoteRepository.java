package com.partnerhub.service.persistence.order;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.order.OrderNote;
import com.partnerhub.service.domain.order.OrderNoteRepository;

@ApplicationScoped
public class JpaOrderNoteRepository implements OrderNoteRepository {

    private EntityManager em;

    protected JpaOrderNoteRepository() {
    }

    @Inject
    public JpaOrderNoteRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public OrderNote add(OrderNote note) {
        em.persist(note);
        return note;
    }

    @Override
    public List<OrderNote> ofOrder(long orderId, long beforeId, int limit) {
        return em.createQuery("select n from OrderNote n where n.orderId = :o and n.id < :before order by n.id desc", OrderNote.class)
                .setParameter("o", orderId).setParameter("before", beforeId <= 0 ? Long.MAX_VALUE : beforeId)
                .setMaxResults(limit).getResultList();
    }
}
