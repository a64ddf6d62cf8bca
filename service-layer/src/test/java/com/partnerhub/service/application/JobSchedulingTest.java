package com.partnerhub.service.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import com.partnerhub.service.application.account.OpenAccount;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.application.job.JobProcessor;
import com.partnerhub.service.domain.job.JobKind;
import com.partnerhub.service.infrastructure.time.AppClock;
import com.partnerhub.service.testing.Services;
import com.partnerhub.service.testing.TestDatabase;

/** Deadlines fire exactly once, however many service instances poll the same database. */
class JobSchedulingTest {

    private static final int JOBS = 300;
    private static final int ORDERS = 40;

    @Test
    void twoSchedulersOnOnePostgresqlRunEachJobExactlyOnce() throws Exception {
        DataSource ds = TestDatabase.POSTGRESQL.migrated(true);
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(ds);
        AppClock clock = new AppClock(Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC));
        try {
            Services.inTx(emf, clock, s -> {
                var clara = s.user("demo-clara");
                long accountId = s.accountService.open(clara, new OpenAccount("Viele Einladungen", null, null, false, null, null, null))
                        .account().id();
                for (int i = 0; i < JOBS; i++) {
                    s.invitationService.invite(clara, accountId, "gast" + i + "@example.org", EnumSet.of(Permission.VIEW_INVOICES));
                }
                return accountId;
            });
            // and deliveries nobody answers: their auto-acceptance jobs become due with the invitations' expiry
            long accountId = Services.inTx(emf, clock, s -> s.accounts.findByOwnerEmail("clara@kunde-eins.example").orElseThrow().id());
            String token = Services.inTx(emf, clock, s -> s.invitationService.invite(s.user("demo-clara"), accountId,
                    "anna@agentur-beispiel.example", EnumSet.of(Permission.ORDER_PRODUCTS)).token());
            Services.inTx(emf, clock, s -> s.invitationService.accept(s.user("demo-anna"), new com.partnerhub.service.application.account.Answer(token, null)));
            long websiteId = Services.inTx(emf, clock, s -> s.packages.findByCode("WEBSITE").orElseThrow().id());
            List<Long> orderIds = new java.util.ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                long id = Services.inTx(emf, clock, s -> s.orderPlacement.place(s.user("demo-anna"), new com.partnerhub.service.application.order.PlaceOrder(
                        null, accountId, null, websiteId, "Auftrag", 100_000, "EUR", null, null, null,
                        java.util.Map.of("business", "B", "style", "modern"), true, 30)).order().id()); // no document deadline within the test
                var invoice = Services.inTx(emf, clock, s -> s.invoices.ofOrder(id).get(0));
                Services.inTx(emf, clock, s -> s.payments.record("p" + id, "h" + id, new com.partnerhub.service.application.invoice.PaymentService.PaymentNotice(
                        invoice.number(), invoice.amountMinor(), "EUR", null), x -> "{}"));
                Services.inTx(emf, clock, s -> s.milestoneWorkflow.deliver(s.user("demo-petra"), id, 1, null, null));
                orderIds.add(id);
            }
            // the invitation to Anna was accepted, so its expiry job and its reminder (two days before) do nothing; they
            // still run once. The deliveries' review windows are no jobs: auto-acceptance claims the milestones themselves.
            int expectedJobs = 2 * (JOBS + 1);
            int expectedRuns = expectedJobs + ORDERS;
            java.util.Optional<?> early = Services.inTx(emf, clock, s -> s.jobProcessor.runNext("early"));
            assertThat(early).as("nothing is due yet").isEmpty();
            clock.advance(Duration.ofDays(14));
            assertThat(orderIds).hasSize(ORDERS);

            CountDownLatch go = new CountDownLatch(1);
            ExecutorService instances = Executors.newFixedThreadPool(2);
            List<Future<List<JobProcessor.Ran>>> runs = List.of("instance-a", "instance-b").stream()
                    .map(worker -> instances.submit(() -> {
                        go.await();
                        List<JobProcessor.Ran> ran = new java.util.ArrayList<>();
                        java.util.Optional<JobProcessor.Ran> next;
                        while ((next = Services.inTx(emf, clock, s -> s.jobProcessor.runNext(worker))).isPresent()) {
                            ran.add(next.get());
                        }
                        return ran;
                    })).toList();
            go.countDown();
            List<JobProcessor.Ran> ranA = runs.get(0).get();
            List<JobProcessor.Ran> ranB = runs.get(1).get();
            instances.shutdown();
            long a = ranA.stream().filter(r -> r.kind() != JobKind.MILESTONE_AUTO_ACCEPTANCE && r.kind() != JobKind.REVIEW_REMINDER).count();
            long b = ranB.stream().filter(r -> r.kind() != JobKind.MILESTONE_AUTO_ACCEPTANCE && r.kind() != JobKind.REVIEW_REMINDER).count();

            assertThat(ranA.size() + ranB.size()).as("every deadline ran, none twice").isEqualTo(expectedRuns);
            assertThat(java.util.stream.Stream.concat(ranA.stream(), ranB.stream()).distinct().count()).isEqualTo(expectedRuns);
            assertThat(count(ds, "select count(*) from scheduled_job where status = 'DONE'")).isEqualTo(expectedJobs);
            assertThat(count(ds, "select count(*) from order_milestone where position = 1 and status = 'ACCEPTED' and auto_accepted"))
                    .isEqualTo(ORDERS);
            assertThat(count(ds, "select count(*) from invoice")).as("each order's second invoice issued once").isEqualTo(2L * ORDERS);
            assertThat(count(ds, "select count(*) from history_entry where action = 'MILESTONE_AUTO_ACCEPTED'")).isEqualTo(ORDERS);
            assertThat(count(ds, "select count(*) from invitation where status = 'EXPIRED'")).isEqualTo(JOBS);
            assertThat(count(ds, "select count(*) from history_entry where action = 'INVITATION_EXPIRED'")).isEqualTo(JOBS);
            assertThat(count(ds, "select count(*) from history_entry where action = 'INVITATION_EXPIRING'"))
                    .as("reminders that run after the expiry tell nobody of an offer already gone").isZero();
            assertThat(count(ds, "select count(distinct subject_id) from history_entry where action = 'INVITATION_EXPIRED'")).isEqualTo(JOBS);
            Map<String, Long> byWorker = countsByWorker(ds);
            assertThat(byWorker.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(expectedJobs);
            assertThat(byWorker.getOrDefault("instance-a", 0L)).isEqualTo(a);
            assertThat(byWorker.getOrDefault("instance-b", 0L)).isEqualTo(b);
            assertThat(count(ds, "select count(*) from scheduled_job where kind = 'MILESTONE_AUTO_ACCEPTANCE'")).isZero();
        } finally {
            emf.close();
        }
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> countsByWorker(DataSource ds) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select done_by, count(*) from scheduled_job group by done_by")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }
}
