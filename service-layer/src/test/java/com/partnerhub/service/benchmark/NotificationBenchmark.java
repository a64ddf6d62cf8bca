package com.partnerhub.service.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.account.OpenAccount;
import com.partnerhub.service.application.notification.NotificationSettings;
import com.partnerhub.service.application.notification.OutboundChannel;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.infrastructure.db.ConfiguredDataSource;
import com.partnerhub.service.infrastructure.db.Migrations;
import com.partnerhub.service.infrastructure.notification.MailChannel;
import com.partnerhub.service.infrastructure.notification.MailSettings;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.testing.Services;
import com.partnerhub.service.testing.TestDatabase;

/**
 * What notifications cost and how fast they go out, on PostgreSQL with synchronous_commit=on: milestone transitions
 * per second through the application services without and with a dispatcher working beside them (same run), and the
 * dispatcher's throughput to a real SMTP server (GreenMail) — fan-out plus sending, e-mails per second.
 * {@code bin/benchmark notifications [-Dnotifications.seconds=10]}.
 */
public final class NotificationBenchmark {

    private NotificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("notifications.seconds", 10);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start()) {
            DataSource db = ConfiguredDataSource.create(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
            Migrations.schema(db).migrate();
            Migrations.demoData(db).migrate();
            EntityManagerFactory emf = TestDatabase.entityManagerFactory(db);
            AppClock clock = new AppClock(Clock.systemUTC());
            NotificationSettings settings = NotificationSettings.defaults();
            long accountId = Services.inTx(emf, clock, s -> s.accountService.open(s.user("demo-clara"),
                    new OpenAccount("Benachrichtigungen GmbH", null, null, false, null, null, null)).account().id());
            String invitation = Services.inTx(emf, clock, s -> s.invitationService.invite(s.user("demo-clara"), accountId,
                    "anna@agentur-beispiel.example", EnumSet.of(Permission.ORDER_PRODUCTS)).token());
            Services.inTx(emf, clock, s -> s.invitationService.accept(s.user("demo-anna"), new Answer(invitation, null)));
            long agencyId = Services.inTx(emf, clock, s -> s.access.agencyIdsOf(s.user("demo-anna")).iterator().next());
            long websiteId = Services.inTx(emf, clock, s -> s.packages.findByCode("WEBSITE").orElseThrow().id());

            GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            smtp.start();
            MailChannel mail = new MailChannel(new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), false, false, null, null,
                    "Partner Hub <hub@example.org>", Duration.ofSeconds(10)));
            Runnable lifecycle = () -> LifecycleBenchmark.serviceLifecycle(emf, clock, agencyId, accountId, websiteId, step -> { });

            for (int i = 0; i < 5; i++) {
                lifecycle.run(); // warm-up
            }
            drain(emf, clock, settings, mail, new AtomicBoolean(false), true);

            double without = transitionsPerSecond(lifecycle, seconds, null);
            AtomicLong sentBeside = new AtomicLong();
            double with = transitionsPerSecond(lifecycle, seconds, stop -> sentBeside.set(drain(emf, clock, settings, mail, stop, false)));
            long backlogEvents = Services.inTx(emf, clock, s -> s.notifications.countPendingEvents());
            long started = System.nanoTime();
            long sent = drain(emf, clock, settings, mail, new AtomicBoolean(false), true);
            double drainSeconds = (System.nanoTime() - started) / 1e9;

            System.out.printf("%nNotifications on PostgreSQL (synchronous_commit=on), %d s per measurement, 1 thread each%n", seconds);
            System.out.printf("| measure | figure |%n| --- | --- |%n");
            System.out.printf("| milestone transitions/s, no dispatcher running | %.0f |%n", without);
            System.out.printf("| milestone transitions/s, dispatcher running beside (same run) | %.0f (%.0f %% of the first) |%n",
                    with, 100 * with / without);
            System.out.printf("| e-mails sent by the dispatcher meanwhile | %d |%n", sentBeside.get());
            System.out.printf("| dispatch of the backlog (%d events → %d e-mails): fan-out + SMTP, e-mails/s | %.0f |%n",
                    backlogEvents, sent, sent / drainSeconds);
            System.out.printf("| e-mails received by GreenMail in total | %d |%n", smtp.getReceivedMessages().length);
            System.out.printf("| inserts the outbox adds to a business transaction | 0 (the history row it writes anyway is marked) |%n");
            smtp.stop();
            emf.close();
        }
    }

    /** Ten state changes per lifecycle; {@code beside} runs on another thread until told to stop. */
    private static double transitionsPerSecond(Runnable lifecycle, int seconds, java.util.function.Consumer<AtomicBoolean> beside)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean(false);
        Thread worker = null;
        if (beside != null) {
            worker = new Thread(() -> beside.accept(stop));
            worker.start();
        }
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        int lifecycles = 0;
        while (System.nanoTime() < deadline) {
            lifecycle.run();
            lifecycles++;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        if (worker != null) {
            worker.join();
        }
        return lifecycles * 10 / elapsed;
    }

    /** Fans out and sends until nothing is pending ({@code untilEmpty}) or until stopped; returns the e-mails sent. */
    private static long drain(EntityManagerFactory emf, AppClock clock, NotificationSettings settings, MailChannel mail,
                              AtomicBoolean stop, boolean untilEmpty) {
        long sent = 0;
        while (true) {
            List<Long> pending = Services.inTx(emf, clock, settings, s -> s.fanOut.pending(100));
            for (long id : pending) {
                Services.inTx(emf, clock, settings, s -> s.fanOut.fanOut(id));
            }
            List<OutboundChannel.Outgoing> claimed = Services.inTx(emf, clock, settings, s -> s.dispatcher.claim(50));
            for (OutboundChannel.Outgoing o : claimed) {
                OutboundChannel.Outcome outcome = mail.send(o);
                Services.inTx(emf, clock, settings, s -> {
                    s.dispatcher.record(o.deliveryId(), outcome);
                    return null;
                });
                sent++;
            }
            boolean idle = pending.isEmpty() && claimed.isEmpty();
            if (stop.get() || (idle && untilEmpty)) {
                return sent;
            }
            if (idle) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return sent;
                }
            }
        }
    }
}
