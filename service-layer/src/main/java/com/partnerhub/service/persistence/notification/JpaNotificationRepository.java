package com.partnerhub.service.persistence.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.notification.Notification;
import com.partnerhub.service.domain.notification.NotificationKind;
import com.partnerhub.service.domain.notification.NotificationPreference;
import com.partnerhub.service.domain.notification.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    // JPQL has no SKIP LOCKED; the rows stay locked until the fan-out's transaction clears their mark and commits
    private static final String CLAIM_EVENT = "select id from history_entry where id = ? and notification_pending = true "
            + "for update skip locked";

    private EntityManager em;

    protected JpaNotificationRepository() {
    }

    @Inject
    public JpaNotificationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Long> pendingEventIds(int limit) {
        return em.createQuery("select h.id from HistoryEntry h where h.notificationPending = true order by h.id", Long.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<HistoryEntry> claimEvent(long id) {
        if (em.createNativeQuery(CLAIM_EVENT).setParameter(1, id).getResultList().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(HistoryEntry.class, id));
    }

    @Override
    public long countPendingEvents() {
        return em.createQuery("select count(h) from HistoryEntry h where h.notificationPending = true", Long.class)
                .getSingleResult();
    }

    @Override
    public List<Long> agencyMemberIds(long agencyId) {
        return em.createQuery("select m.userId from AgencyMembership m where m.agencyId = :a order by m.userId", Long.class)
                .setParameter("a", agencyId).getResultList();
    }

    @Override
    public List<Long> providerStaffIds() {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select user_id from app_user_role where role = 'PROVIDER_STAFF' order by user_id")
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public Notification add(Notification notification) {
        em.persist(notification);
        return notification;
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Notification> of(long userId, long beforeId, int limit) {
        // 0 is the first page, as in every newest-first list
        return em.createQuery("select n from Notification n where n.userId = :u and n.id < :before order by n.id desc",
                        Notification.class)
                .setParameter("u", userId).setParameter("before", beforeId > 0 ? beforeId : Long.MAX_VALUE)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long unreadCount(long userId) {
        return em.createQuery("select count(n) from Notification n where n.userId = :u and n.readAt is null", Long.class)
                .setParameter("u", userId).getSingleResult();
    }

    @Override
    public List<Relayable> notRelayed(int limit) {
        List<Object[]> rows = em.createQuery("select n, u.email from Notification n, User u where u.id = n.userId "
                + "and n.relayedAt is null order by n.id", Object[].class).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Relayable((Notification) r[0], (String) r[1])).toList();
    }

    @Override
    public List<Notification> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select n from Notification n where n.id in :ids", Notification.class).setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public int markAllRead(long userId, Instant now) {
        return em.createQuery("update Notification n set n.readAt = :now where n.userId = :u and n.readAt is null")
                .setParameter("now", now).setParameter("u", userId).executeUpdate();
    }

    @Override
    public List<NotificationPreference> preferencesOf(long userId) {
        return em.createQuery("select p from NotificationPreference p where p.userId = :u", NotificationPreference.class)
                .setParameter("u", userId).getResultList();
    }

    @Override
    public List<NotificationPreference> preferencesOf(Collection<Long> userIds, NotificationKind kind) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from NotificationPreference p where p.userId in :u and p.kind = :k",
                        NotificationPreference.class)
                .setParameter("u", userIds).setParameter("k", kind).getResultList();
    }

    @Override
    public NotificationPreference savePreference(NotificationPreference preference) {
        NotificationPreference existing = em.find(NotificationPreference.class,
                new NotificationPreference.Key(preference.userId(), preference.kind()));
        if (existing == null) {
            em.persist(preference);
            return preference;
        }
        existing.choose(preference.channels());
        return existing;
    }
}
