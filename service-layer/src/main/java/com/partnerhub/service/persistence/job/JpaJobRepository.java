package com.partnerhub.service.persistence.job;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.job.JobRepository;
import com.partnerhub.service.domain.job.ScheduledJob;

@ApplicationScoped
public class JpaJobRepository implements JobRepository {

    // JPQL has no SKIP LOCKED. The lock lives until the claiming transaction ends, which is also the
    // transaction that applies the job's effect and marks it done: no instance sees a job another holds.
    private static final String CLAIM = "select id from scheduled_job where status = 'PENDING' and due_at <= ? "
            + "order by due_at, id fetch first 1 rows only for update skip locked";

    private EntityManager em;

    protected JpaJobRepository() {
    }

    @Inject
    public JpaJobRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void schedule(ScheduledJob job) {
        em.persist(job);
    }

    @Override
    public Optional<ScheduledJob> claimNextDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(CLAIM).setParameter(1, now.atOffset(ZoneOffset.UTC)).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long id = ((Number) ids.get(0)).longValue();
        return Optional.ofNullable(em.find(ScheduledJob.class, id));
    }

    @Override
    public void markDone(ScheduledJob job, Instant now, String worker) {
        job.done(now, worker);
    }

    @Override
    public long countPending() {
        return em.createQuery("select count(j) from ScheduledJob j where j.status = 'PENDING'", Long.class).getSingleResult();
    }
}
