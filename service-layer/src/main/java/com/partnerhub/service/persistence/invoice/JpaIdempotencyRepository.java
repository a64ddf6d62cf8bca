package com.partnerhub.service.persistence.invoice;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.invoice.IdempotencyRecord;
import com.partnerhub.service.domain.invoice.IdempotencyRepository;

@ApplicationScoped
public class JpaIdempotencyRepository implements IdempotencyRepository {

    private EntityManager em;

    protected JpaIdempotencyRepository() {
    }

    @Inject
    public JpaIdempotencyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<IdempotencyRecord> find(String key) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, key));
    }

    @Override
    public void add(IdempotencyRecord record) {
        em.persist(record);
    }
}
