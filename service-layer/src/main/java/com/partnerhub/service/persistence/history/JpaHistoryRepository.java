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
}
