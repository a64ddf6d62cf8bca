package com.partnerhub.service.application.notification;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.notification.ChannelChoice;
import com.partnerhub.service.domain.notification.Notification;
import com.partnerhub.service.domain.notification.NotificationKind;
import com.partnerhub.service.domain.notification.NotificationPreference;
import com.partnerhub.service.domain.notification.NotificationRepository;
import com.partnerhub.service.domain.shared.Validator;

/** A person's bell (newest first, unread count, mark read) and their choice of channels per kind. */
@ApplicationScoped
public class NotificationService {

    private NotificationRepository notifications;
    private Clock clock;

    protected NotificationService() {
    }

    @Inject
    public NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Notification> mine(User caller, long beforeId, int limit) {
        return Page.of(notifications.of(caller.id(), beforeId, limit + 1), limit, Notification::id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(User caller) {
        return notifications.unreadCount(caller.id());
    }

    /** Someone else's notification is not found, as if it did not exist. */
    public Notification markRead(User caller, long id) {
        Notification n = notifications.find(id).filter(x -> x.userId() == caller.id())
                .orElseThrow(() -> new ResourceNotFound("notification"));
        n.markRead(clock.instant());
        return n;
    }

    public int markAllRead(User caller) {
        return notifications.markAllRead(caller.id(), clock.instant());
    }

    /**
     * For the portal's own bell (the Liferay connector): notifications it does not have yet, oldest first, with whom
     * they are for. Only the portal admin's identity may read them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<NotificationRepository.Relayable> toRelay(User caller, int limit) {
        AccessPolicy.requireAdmin(caller, "only the portal relays notifications");
        return notifications.notRelayed(limit);
    }

    /** The portal has these now; they are not handed out again. Unknown ids are ignored. */
    public int relayed(User caller, java.util.Collection<Long> ids) {
        AccessPolicy.requireAdmin(caller, "only the portal relays notifications");
        java.time.Instant now = clock.instant();
        java.util.List<Notification> found = notifications.findAll(ids);
        found.forEach(n -> n.relayed(now));
        return found.size();
    }


    /** Every kind with the caller's choice, or its default (both channels). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<NotificationKind, ChannelChoice> preferences(User caller) {
        Map<NotificationKind, ChannelChoice> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.values()) {
            all.put(k, ChannelChoice.BOTH);
        }
        notifications.preferencesOf(caller.id()).forEach(p -> all.put(p.kind(), p.channels()));
        return all;
    }

    /**
     * Changes the choices given (others stay). The e-mail of an invitation or a site offered cannot be switched off:
     * only that person can answer it, and they may not have signed in yet.
     */
    public Map<NotificationKind, ChannelChoice> choose(User caller, Map<NotificationKind, ChannelChoice> choices) {
        Validator v = new Validator();
        choices.forEach((kind, choice) -> v.check(!kind.mandatoryMail() || choice.email(), "preferences." + kind.name(),
                "EMAIL_REQUIRED"));
        v.throwIfInvalid();
        choices.forEach((kind, choice) -> notifications.savePreference(new NotificationPreference(caller.id(), kind, choice)));
        Map<NotificationKind, ChannelChoice> all = preferences(caller);
        all.putAll(choices);
        return all;
    }
}
