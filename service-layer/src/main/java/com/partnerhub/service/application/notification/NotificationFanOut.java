package com.partnerhub.service.application.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.shared.JsonSupport;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.notification.ChannelChoice;
import com.partnerhub.service.domain.notification.Delivery;
import com.partnerhub.service.domain.notification.DeliveryRepository;
import com.partnerhub.service.domain.notification.DeliveryStatus;
import com.partnerhub.service.domain.notification.Notification;
import com.partnerhub.service.domain.notification.NotificationKind;
import com.partnerhub.service.domain.notification.NotificationPreference;
import com.partnerhub.service.domain.notification.NotificationRepository;
import com.partnerhub.service.domain.notification.WebhookEndpoint;

/**
 * Turns recorded changes into what people get: a bell entry per person (written here, so exactly once), and an
 * e-mail and webhook delivery per recipient and endpoint for the dispatcher to send. One event per transaction: the
 * event's mark is cleared in the same transaction that writes its fan-out.
 */
@ApplicationScoped
public class NotificationFanOut {

    private NotificationRepository notifications;
    private DeliveryRepository deliveries;
    private EventFactsReader reader;
    private Audiences audiences;
    private NotificationComposer composer;
    private NotificationSettings settings;
    private PortalAccess portalAccess;
    private Clock clock;

    protected NotificationFanOut() {
    }

    @Inject
    public NotificationFanOut(NotificationRepository notifications, DeliveryRepository deliveries, EventFactsReader reader,
                              Audiences audiences, NotificationComposer composer, NotificationSettings settings,
                              PortalAccess portalAccess, Clock clock) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.reader = reader;
        this.audiences = audiences;
        this.composer = composer;
        this.settings = settings;
        this.portalAccess = portalAccess;
        this.clock = clock;
    }

    /** Events waiting to be told, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> pending(int limit) {
        return notifications.pendingEventIds(limit);
    }

    /** Fans out one event unless another instance holds it or did it already; true when this call did it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean fanOut(long eventId) {
        Optional<HistoryEntry> claimed = notifications.claimEvent(eventId);
        claimed.ifPresent(event -> {
            // a step may have brought about more than itself (an invoice issued, the order completed): each is told
            for (NotificationKind kind : NotificationKind.of(event.subjectType(), event.action(), EventFactsReader.facts(event))) {
                reader.read(event, kind).ifPresent(this::fanOut);
            }
            event.notificationDispatched();
        });
        return claimed.isPresent();
    }

    /** An event whose fan-out failed is taken out of the queue (the caller logs why), so the ones after it go on. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void park(long eventId) {
        notifications.claimEvent(eventId).ifPresent(HistoryEntry::notificationDispatched);
    }

    private void fanOut(EventFacts facts) {
        Instant now = clock.instant();
        NotificationKind kind = facts.kind();
        List<Recipient> recipients = audiences.of(facts);
        Map<Long, ChannelChoice> chosen = notifications.preferencesOf(Audiences.ids(recipients), kind).stream()
                .collect(Collectors.toMap(NotificationPreference::userId, NotificationPreference::channels));
        // the bell words an entry in the page's language, whichever the person's profile says
        String params = params(facts, composer.title(facts, "de"), composer.title(facts, "en"));
        for (Recipient r : recipients) {
            ChannelChoice choice = r.isUser() ? kind.allowed(chosen.getOrDefault(r.userId(), ChannelChoice.BOTH)) : ChannelChoice.EMAIL;
            if (choice.portal()) {
                notifications.add(new Notification(r.userId(), facts.event().id(), kind, facts.event().subjectType(),
                        facts.event().subjectId(), facts.orderId(), composer.title(facts, r.language()), params, now));
            }
            if (choice.email()) {
                mailNotBefore(facts, r, now).ifPresent(notBefore -> {
                    NotificationComposer.Mail mail = composer.mail(facts, r);
                    deliveries.add(Delivery.email(facts.event().id(), kind, r.email(), r.userId(), r.language(), mail.subject(),
                            mail.text(), mail.html(), facts.threadKey(), notBefore, now));
                });
            }
        }
        java.util.Set<String> posted = new java.util.HashSet<>();
        String body = null;
        for (WebhookEndpoint endpoint : deliveries.endpointsHearing(facts.agencyId())) {
            // a URL registered twice (the agency's and the admin's) gets the event once
            if (endpoint.wants(kind) && endpoint.hears(facts.agencyId()) && posted.add(endpoint.url())) {
                body = body != null ? body : webhookBody(facts);
                deliveries.add(Delivery.webhook(facts.event().id(), kind, endpoint, body, now));
            }
        }
    }

    /**
     * When an e-mail may go: now, except in a thread, where a person gets at most one per interval — a later message
     * waits for the interval's end, and while one is still waiting, it announces the newer messages too.
     */
    private Optional<Instant> mailNotBefore(EventFacts facts, Recipient r, Instant now) {
        if (facts.threadKey() == null) {
            return Optional.of(now);
        }
        Optional<Delivery> latest = deliveries.latestEmailOfThread(r.email(), facts.threadKey());
        if (latest.isEmpty()) {
            return Optional.of(now);
        }
        Delivery last = latest.get();
        if (last.status() == DeliveryStatus.PENDING || last.status() == DeliveryStatus.SENDING) {
            return Optional.empty();
        }
        Instant windowStart = last.sentAt() != null ? last.sentAt() : last.nextAttemptAt();
        Instant next = windowStart.plus(settings.messageMailInterval());
        return Optional.of(next.isAfter(now) ? next : now);
    }

    private static String params(EventFacts facts, String titleDe, String titleEn) {
        JsonObjectBuilder b = JsonSupport.PROVIDER.createObjectBuilder();
        facts.facts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> b.add(e.getKey(), e.getValue()));
        b.add("link", facts.link());
        b.add("title.de", titleDe);
        b.add("title.en", titleEn);
        return b.build().toString();
    }

    /**
     * The Standard Webhooks payload: type, timestamp and the event's data (with who gains or loses which site access,
     * for the portal's mirror); the same bytes on every attempt.
     */
    private String webhookBody(EventFacts facts) {
        JsonObjectBuilder data = JsonSupport.PROVIDER.createObjectBuilder()
                .add("eventId", facts.event().id())
                .add("subjectType", facts.event().subjectType())
                .add("subjectId", facts.event().subjectId());
        if (facts.orderId() != null) {
            data.add("orderId", facts.orderId());
        }
        if (facts.agencyId() != null) {
            data.add("agencyId", facts.agencyId());
        }
        if (facts.accountId() != null) {
            data.add("accountId", facts.accountId());
        }
        facts.facts().entrySet().stream().filter(e -> !e.getKey().equals("actor")).sorted(Map.Entry.comparingByKey())
                .forEach(e -> data.add(e.getKey(), e.getValue()));
        portalAccess.of(facts).ifPresent(access -> data.add("access", access));
        return JsonSupport.PROVIDER.createObjectBuilder()
                .add("type", facts.kind().eventType())
                .add("timestamp", facts.event().occurredAt().toString())
                .add("data", data)
                .build().toString();
    }
}
