package com.partnerhub.service.infrastructure.notification;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import com.partnerhub.service.application.notification.DeliveryDispatcher;
import com.partnerhub.service.application.notification.NotificationFanOut;
import com.partnerhub.service.application.notification.OutboundChannel;
import com.partnerhub.service.domain.notification.DeliveryChannel;

/**
 * Every instance runs this loop; the database decides who does what (row locks, SKIP LOCKED): fan out pending
 * events, then send due deliveries. It never runs inside a business transaction, so a slow SMTP server or webhook
 * endpoint delays only its own deliveries. {@code partnerhub.notifications.enabled=false} stops it on an instance.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "EmbeddedMailServer"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationDispatch {

    private static final Logger LOG = Logger.getLogger(NotificationDispatch.class.getName());
    private static final String WORKER = ManagementFactory.getRuntimeMXBean().getName();
    /** Fault injection for the crash test only: stop the JVM after a mail went out, before its outcome is recorded. */
    static final String HALT_AFTER_SEND = "partnerhub.notifications.fault.halt-after-send";

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Config config;

    @Inject
    NotificationFanOut fanOut;

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    MailChannel mail;

    @Inject
    WebhookChannel webhooks;

    private ScheduledFuture<?> loop;
    private boolean haltAfterSend;
    private volatile boolean busy;

    @PostConstruct
    void start() {
        if (!config.getOptionalValue("partnerhub.notifications.enabled", Boolean.class).orElse(true)) {
            LOG.info("notifications are switched off on this instance (partnerhub.notifications.enabled=false)");
            return;
        }
        if (!com.partnerhub.service.infrastructure.config.Profile.current(config).isEmbedded()) {
            // not fatal (the bell and webhooks work without), but every mail would fail and wait for an admin
            if (config.getOptionalValue(MailSettingsProducer.HOST, String.class).filter(h -> !h.isBlank()).isEmpty()) {
                LOG.warning("no SMTP server configured (PARTNERHUB_MAIL_HOST): e-mails are tried against localhost:25");
            }
            if (config.getOptionalValue("partnerhub.portal.url", String.class).isEmpty()) {
                LOG.warning("PARTNERHUB_PORTAL_URL is not set: links in e-mails point to http://localhost:8080/");
            }
        }
        haltAfterSend = config.getOptionalValue(HALT_AFTER_SEND, Boolean.class).orElse(false);
        long every = config.getOptionalValue("partnerhub.notifications.poll-interval", Duration.class)
                .orElse(Duration.ofSeconds(1)).toMillis();
        loop = executor.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.cancel(false);
        }
    }

    /** One round: all pending events fanned out, then due deliveries sent, a batch at a time. */
    public void tick() {
        if (busy) {
            return;
        }
        busy = true;
        try {
            fanOutPending();
            try {
                sendDue();
            } finally {
                mail.disconnect();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification round failed on " + WORKER + "; retried next round", e);
        } finally {
            busy = false;
        }
    }

    private void fanOutPending() {
        for (int round = 0; round < 20; round++) {
            List<Long> pending = fanOut.pending(50);
            if (pending.isEmpty()) {
                return;
            }
            for (long id : pending) {
                try {
                    fanOut.fanOut(id);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "event " + id + " could not be fanned out and is taken out of the queue", e);
                    fanOut.park(id);
                }
            }
        }
    }

    private void sendDue() {
        for (int round = 0; round < 20; round++) {
            List<OutboundChannel.Outgoing> claimed = dispatcher.claim(5);
            if (claimed.isEmpty()) {
                return;
            }
            for (OutboundChannel.Outgoing outgoing : claimed) {
                OutboundChannel channel = outgoing.channel() == DeliveryChannel.EMAIL ? mail : webhooks;
                OutboundChannel.Outcome outcome = channel.send(outgoing);
                if (haltAfterSend && outcome.sent()) {
                    LOG.severe("fault injection: halting after sending delivery " + outgoing.deliveryId());
                    Runtime.getRuntime().halt(137);
                }
                dispatcher.record(outgoing.deliveryId(), outcome);
            }
        }
    }
}
