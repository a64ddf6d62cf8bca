package com.partnerhub.service.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.partnerhub.service.domain.history.HistoryEntry;

/** The outbox side of the history, the people an audience names, and what each person has in the bell. */
public interface NotificationRepository {

    /** Ids of recorded changes still to be told, oldest first (not locked). */
    List<Long> pendingEventIds(int limit);

    /** The event, locked for this transaction, if it is still pending and no other instance holds it. */
    Optional<HistoryEntry> claimEvent(long id);

    long countPendingEvents();

    List<Long> agencyMemberIds(long agencyId);

    List<Long> providerStaffIds();

    Notification add(Notification notification);

    Optional<Notification> find(long id);

    /** A person's notifications, newest first, below {@code beforeId}. */
    List<Notification> of(long userId, long beforeId, int limit);

    long unreadCount(long userId);

    /** Notifications the portal's bell does not have yet, oldest first, with their recipients' addresses. */
    List<Relayable> notRelayed(int limit);

    List<Notification> findAll(java.util.Collection<Long> ids);

    record Relayable(Notification notification, String email) {
    }

    int markAllRead(long userId, Instant now);

    List<NotificationPreference> preferencesOf(long userId);

    /** Choices of several people at once (one query per event, not per person). */
    List<NotificationPreference> preferencesOf(java.util.Collection<Long> userIds, NotificationKind kind);

    NotificationPreference savePreference(NotificationPreference preference);
}
