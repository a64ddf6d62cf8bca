package com.partnerhub.service.persistence.history;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.history.HistoryRepository;

@ApplicationScoped
public class JpaHistoryRepository implements HistoryRepository {

    private EntityManager em;

    protected JpaHistoryRepository() {
    }

    @Inject
    public JpaHistoryRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(HistoryEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<HistoryEntry> ofSubject(String subjectType, long subjectId, long afterId, int limit) {
        return em.createQuery("select h from HistoryEntry h where h.subjectType = :t and h.subjectId = :s and h.id > :after "
                        + "order by h.id", HistoryEntry.class)
                .setParameter("t", subjectType).setParameter("s", subjectId).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<HistoryEntry> ofSubjectAction(String subjectType, long subjectId, String action, int limit) {
        return em.createQuery("select h from HistoryEntry h where h.subjectType = :t and h.subjectId = :s and h.action = :a "
                        + "order by h.id desc", HistoryEntry.class)
                .setParameter("t", subjectType).setParameter("s", subjectId).setParameter("a", action)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<HistoryEntry> ofAccount(long accountId, long afterId, int limit) {
        return em.createQuery("select h from HistoryEntry h where h.accountId = :a and h.id > :after order by h.id",
                        HistoryEntry.class)
                .setParameter("a", accountId).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<HistoryEntry> audit(AuditScope scope, java.time.Instant from, java.time.Instant to, java.time.Instant afterAt,
                                    long afterId, int limit) {
        String who = scope.accountId() != null ? "h.accountId = :who" : "h.actorId = :who";
        var query = em.createQuery("select h from HistoryEntry h where " + who + " and h.occurredAt >= :from and h.occurredAt < :to "
                        + (afterAt == null ? "" : "and (h.occurredAt > :at or (h.occurredAt = :at and h.id > :id)) ")
                        + "order by h.occurredAt, h.id", HistoryEntry.class)
                .setParameter("who", scope.accountId() != null ? scope.accountId() : scope.actorId())
                .setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit);
        if (afterAt != null) {
            query.setParameter("at", afterAt).setParameter("id", afterId);
        }
        return query.getResultList();
    }
}
